package dev.tandem.triage.routing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One policy rule as it was evaluated for one message: matched or not, and why. Decision records store
 * it without the description ({@link #withoutDescription}); {@link RoutingPolicy#describe} puts it back
 * from the policy version that was evaluated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleEvaluation(String ruleId, String description, boolean matched, String reason) {

    /** As stored: the description is the rule's, and the policy version already holds it. */
    public RuleEvaluation withoutDescription() {
        return description == null ? this : new RuleEvaluation(ruleId, null, matched, reason);
    }
}
