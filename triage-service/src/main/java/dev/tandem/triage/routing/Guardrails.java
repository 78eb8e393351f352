package dev.tandem.triage.routing;

import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Signal;
import dev.tandem.triage.classify.SignalType;
import dev.tandem.triage.classify.Urgency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules no policy edit can remove, and the assembly of the final {@link Decision}:
 * <ul>
 *   <li>a conversation owned by a person goes to that person (trigger CONVERSATION_OWNED, queue "owner");</li>
 *   <li>a customer who opted out of AI goes to a person and never receives AI text, not even a draft;</li>
 *   <li>a classifier failure goes to a person (we cannot know it is not an emergency);</li>
 *   <li>AUTO_REPLY only with confidence of at least {@value #MIN_AUTO_CONFIDENCE}, an approved template, no
 *       hard risk signal, and never to a key account or a customer in NEGOTIATION.</li>
 * </ul>
 */
final class Guardrails {

    static final double MIN_AUTO_CONFIDENCE = 0.5;
    static final String OWNER_QUEUE = "owner";
    static final String FALLBACK_QUEUE = "support";

    /** What each built-in guard checks, by rule id (as {@link PolicyRule#description()} is for policy rules). */
    static final Map<String, String> DESCRIPTIONS = Map.of(
            "guard.conversation-owned", "A conversation owned by a person goes to that person",
            "guard.ai-opt-out", "An opted-out customer never receives AI text",
            "guard.classifier-failure", "A failed classification never gets an automatic reply",
            "guard.auto-reply", "Automatic replies need confidence, a template and no risk");

    private static final Set<SignalType> HARD = EnumSet.of(SignalType.SAFETY, SignalType.SELF_HARM,
            SignalType.SECURITY_BREACH, SignalType.LEGAL, SignalType.MEDIA, SignalType.HUMAN_REQUESTED,
            SignalType.PRIVACY_REQUEST, SignalType.ANGER, SignalType.SENSITIVE_CIRCUMSTANCE, SignalType.CHURN);

    private Guardrails() {
    }

    static Decision finish(RoutingPolicy policy, Facts facts, List<RuleEvaluation> ruleEvaluations,
                           List<Trigger> triggers, List<Trigger> autoGaps, PolicyRule human, String humanWhy,
                           PolicyRule draft, String draftWhy, PolicyRule auto) {
        List<RuleEvaluation> evaluations = new ArrayList<>(ruleEvaluations.size() + 4);
        Classification c = facts.classification();
        CustomerFacts customer = facts.customer();
        String owner = facts.context().ownerAgentId();
        evaluations.add(guard("guard.conversation-owned", owner != null,
                owner != null ? "owned by " + owner : "no owner"));
        evaluations.add(guard("guard.ai-opt-out", customer.aiOptOut(),
                customer.aiOptOut() ? "customer opted out of AI" : "customer accepts AI"));
        String failure = c == null ? failureReason(facts) : null;
        evaluations.add(guard("guard.classifier-failure", c == null,
                c == null ? failure : "classified by the classifier"));
        evaluations.addAll(ruleEvaluations);
        int version = policy.version();

        if (owner != null) {
            List<Trigger> t = new ArrayList<>();
            t.add(new Trigger("CONVERSATION_OWNED", "owned by " + owner));
            t.addAll(triggers);
            Priority p = human == null ? Priority.P3 : bump(human.priority(), c);
            String also = human == null ? "" : " Also flagged: " + lower(human.description()) + " (" + humanWhy + ").";
            return new Decision(Route.HUMAN, t, evaluations, "guard.conversation-owned", OWNER_QUEUE, p,
                    "Sent to " + owner + ", who owns this conversation; the AI never replies over a person." + also, version);
        }
        if (human != null) {
            List<Trigger> t = new ArrayList<>(triggers);
            if (customer.aiOptOut()) {
                PolicyEngine.addTrigger(t, "AI_OPT_OUT", "customer opted out of AI");
            }
            Priority p = bump(human.priority(), c);
            return new Decision(Route.HUMAN, t, evaluations, human.id(), human.queue(), p,
                    "Handed to a person in the " + human.queue() + " queue (" + p + "): " + lower(human.description())
                            + ". Evidence: " + humanWhy + ".", version);
        }
        if (customer.aiOptOut()) {
            List<Trigger> t = new ArrayList<>(triggers);
            t.add(0, new Trigger("AI_OPT_OUT", "customer opted out of AI"));
            return new Decision(Route.HUMAN, t, evaluations, "guard.ai-opt-out", FALLBACK_QUEUE, bump(Priority.P3, c),
                    "Handed to a person in the support queue: the customer opted out of AI, so no AI reply or draft is made.",
                    version);
        }
        if (c == null) {
            List<Trigger> t = new ArrayList<>(triggers);
            t.add(0, new Trigger("CLASSIFIER_FAILURE", failure));
            return new Decision(Route.HUMAN, t, evaluations, "guard.classifier-failure", FALLBACK_QUEUE, Priority.P3,
                    "Handed to a person in the support queue because classification failed (" + failure
                            + "); without a reading the AI does not answer.", version);
        }
        if (draft != null) {
            return new Decision(Route.DRAFT_FOR_REVIEW, triggers, evaluations, draft.id(), null, null,
                    "Drafted for review by a person: " + lower(draft.description()) + " (" + draftWhy + ").", version);
        }
        if (auto != null) {
            List<Trigger> blockers = autoBlockers(facts);
            evaluations.add(guard("guard.auto-reply", blockers.isEmpty(), blockers.isEmpty() ? "all automatic-reply checks hold" : join(blockers)));
            if (blockers.isEmpty()) {
                return new Decision(Route.AUTO_REPLY, triggers, evaluations, auto.id(), null, null,
                        "Answered automatically with the approved " + c.intent() + " template (" + c.language()
                                + "): a routine request with " + tone(c) + " tone and confidence " + c.confidence() + ".",
                        version);
            }
            return draft(blockers, evaluations, "guard.auto-reply", version);
        }
        List<Trigger> gaps = autoGaps.isEmpty() ? List.of(new Trigger("NO_RULE_MATCHED", "no automatic-reply rule applied")) : autoGaps;
        List<Trigger> t = new ArrayList<>(gaps);
        t.addAll(triggers);
        return draft(t, evaluations, "default.draft", version);
    }

    private static RuleEvaluation guard(String id, boolean matched, String reason) {
        return new RuleEvaluation(id, DESCRIPTIONS.get(id), matched, reason);
    }

    private static Decision draft(List<Trigger> reasons, List<RuleEvaluation> evaluations, String rule, int version) {
        StringBuilder text = new StringBuilder("Drafted for review by a person because ")
                .append(plain(reasons.get(0))).append(" (").append(reasons.get(0).detail()).append(')');
        for (int i = 1; i < reasons.size(); i++) {
            text.append(i == 1 ? "; also " : ", ").append(plain(reasons.get(i)));
        }
        return new Decision(Route.DRAFT_FOR_REVIEW, reasons, evaluations, rule, null, null, text.append('.').toString(), version);
    }

    private static String plain(Trigger t) {
        return switch (t.code()) {
            case "NOT_ROUTINE_INTENT" -> "it is not a routine request";
            case "LOW_CONFIDENCE" -> "the classifier is not confident enough";
            case "NO_APPROVED_TEMPLATE" -> "there is no approved template";
            case "NEGATIVE_TONE" -> "the tone is negative";
            case "MULTIPLE_ASKS" -> "it asks several things";
            case "MIXED_INTENT" -> "it also raises a non-routine matter";
            case "DEAL_IN_NEGOTIATION" -> "the customer is in a negotiation";
            case "KEY_ACCOUNT" -> "key accounts never get automatic replies";
            case "RISK_SIGNAL" -> "a risk signal was found";
            case "CLASSIFIER_FAILURE" -> "the message could not be classified";
            default -> t.code();
        };
    }

    private static List<Trigger> autoBlockers(Facts facts) {
        Classification c = facts.classification();
        List<Trigger> out = new ArrayList<>();
        if (c.confidence() < MIN_AUTO_CONFIDENCE) {
            out.add(new Trigger("LOW_CONFIDENCE", "confidence " + c.confidence() + " below " + MIN_AUTO_CONFIDENCE));
        }
        TemplateCatalog templates = facts.context().templates();
        if (templates == null || !templates.hasApprovedTemplate(c.intent(), c.language())) {
            out.add(new Trigger("NO_APPROVED_TEMPLATE", "no approved template for " + c.intent() + "/" + c.language()));
        }
        if (facts.customer().dealStage() == DealStage.NEGOTIATION) {
            out.add(new Trigger("DEAL_IN_NEGOTIATION", "customer is in NEGOTIATION"));
        }
        if (facts.customer().tier() == Tier.KEY_ACCOUNT) {
            out.add(new Trigger("KEY_ACCOUNT", "key accounts never get an automatic reply"));
        }
        for (Signal s : c.signals()) {
            if (HARD.contains(s.type())) {
                out.add(new Trigger("RISK_SIGNAL", s.type() + " \"" + s.evidence() + "\""));
                break;
            }
        }
        return out;
    }

    private static Priority bump(Priority p, Classification c) {
        if (c == null) {
            return p;
        }
        Priority byUrgency = c.urgency() == Urgency.CRITICAL ? Priority.P1 : c.urgency() == Urgency.HIGH ? Priority.P2 : Priority.P4;
        return byUrgency.compareTo(p) < 0 ? byUrgency : p;
    }

    private static String failureReason(Facts facts) {
        String f = facts.context().classifierFailure();
        return f == null || f.isBlank() ? "no classification available" : f;
    }

    private static String tone(Classification c) {
        return c.sentiment() > 0.2 ? "positive" : "neutral";
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String join(List<Trigger> triggers) {
        StringBuilder sb = new StringBuilder();
        for (Trigger t : triggers) {
            sb.append(sb.isEmpty() ? "" : "; ").append(t.code()).append(" (").append(t.detail()).append(')');
        }
        return sb.toString();
    }
}
