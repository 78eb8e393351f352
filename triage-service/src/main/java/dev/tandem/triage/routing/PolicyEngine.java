package dev.tandem.triage.routing;

import dev.tandem.triage.classify.Classification;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a {@link RoutingPolicy} to one classified message. Every rule is evaluated and recorded; the
 * first matching HUMAN rule decides, else the first matching DRAFT_FOR_REVIEW rule, else a matching
 * AUTO_REPLY rule, else DRAFT_FOR_REVIEW. Built-in guardrails (see {@link Guardrails}) sit around the
 * policy and cannot be switched off by editing it. Stateless and thread-safe.
 */
public final class PolicyEngine {

    public Decision decide(RoutingPolicy policy, Classification classification, CustomerFacts customer,
                           RoutingContext context) {
        Facts facts = new Facts(classification, customer, context);
        List<RuleEvaluation> evaluations = new ArrayList<>(policy.ruleCount() + 4);
        PolicyRule firstHuman = null;
        PolicyRule firstDraft = null;
        PolicyRule firstAuto = null;
        String humanWhy = null;
        String draftWhy = null;
        List<Trigger> triggers = new ArrayList<>();
        List<Trigger> autoGaps = new ArrayList<>();
        for (PolicyRule rule : policy.rules()) {
            Condition.Result r = rule.when().evaluate(facts);
            String reason = r.reason();
            evaluations.add(new RuleEvaluation(rule.id(), rule.description(), r.matched(), reason));
            if (r.matched()) {
                switch (rule.route()) {
                    case HUMAN -> {
                        if (firstHuman == null) {
                            firstHuman = rule;
                            humanWhy = reason;
                        }
                        addTrigger(triggers, rule.trigger(), reason);
                    }
                    case DRAFT_FOR_REVIEW -> {
                        if (firstDraft == null) {
                            firstDraft = rule;
                            draftWhy = reason;
                        }
                        addTrigger(triggers, rule.trigger(), reason);
                    }
                    case AUTO_REPLY -> firstAuto = firstAuto == null ? rule : firstAuto;
                }
            } else if (rule.route() == Route.AUTO_REPLY && firstAuto == null) {
                for (Check gap : r.failed()) {
                    if (gap.failCode() != null) {
                        addTrigger(autoGaps, gap.failCode(), gap.why());
                    }
                }
            }
        }
        return Guardrails.finish(policy, facts, evaluations, triggers, autoGaps,
                firstHuman, humanWhy, firstDraft, draftWhy, firstAuto);
    }

    static void addTrigger(List<Trigger> triggers, String code, String detail) {
        for (Trigger t : triggers) {
            if (t.code().equals(code)) {
                return;
            }
        }
        triggers.add(new Trigger(code, detail));
    }
}
