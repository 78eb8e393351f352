package dev.tandem.triage.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.triage.routing.RuleEvaluation;
import dev.tandem.triage.routing.Trigger;
import java.time.Instant;
import java.util.List;

/**
 * The contract's intake response (plus {@code correlationId}, {@code draft} and, on {@code GET}, the full
 * decision record). {@code reply} only for AUTO_REPLY, {@code handoff} only for HUMAN.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessageResponse(String id, String correlationId, String conversationId, String channel, Instant receivedAt,
                       String route, String intent, double sentiment, String urgency, double confidence,
                       List<Trigger> triggers, String explanation, int policyVersion, String classifier,
                       ReplyPart reply, HandoffPart handoff, DraftPart draft, DecisionPart decision) {

    record ReplyPart(String text, String templateId, String language) {
    }

    record HandoffPart(String id, String queue, String priority, Instant slaDueAt) {
    }

    record DraftPart(String id, String status) {
    }

    /** Everything that went into the decision, for people who ask "why?". */
    record DecisionPart(String classifier, String lexiconVersion, int policyVersion, String classifierFailure,
                        String ownerAgentId, String decidingRule, String queue, String priority,
                        List<RuleEvaluation> evaluations, Instant decidedAt) {
    }
}
