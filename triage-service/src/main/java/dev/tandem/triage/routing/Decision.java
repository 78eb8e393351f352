package dev.tandem.triage.routing;

import java.util.List;

/**
 * The routing decision for one message, complete enough to explain and to store.
 *
 * @param route          where the message goes
 * @param triggers       every trigger that fired (empty for a plain automatic reply)
 * @param evaluations    every rule evaluated, in order, with pass/fail and reason
 * @param decidingRuleId the rule (or built-in guard) that chose the route
 * @param queue          the human queue for HUMAN (e.g. crisis, legal, privacy, key-accounts, retention, support), else null
 * @param priority       the hand-off priority for HUMAN, else null
 * @param explanation    one or two sentences a person can read
 * @param policyVersion  the version of the policy that decided
 */
public record Decision(Route route, List<Trigger> triggers, List<RuleEvaluation> evaluations, String decidingRuleId,
                       String queue, Priority priority, String explanation, int policyVersion) {

    public Decision {
        triggers = List.copyOf(triggers);
        evaluations = List.copyOf(evaluations);
    }
}
