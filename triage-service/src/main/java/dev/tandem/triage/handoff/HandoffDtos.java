package dev.tandem.triage.handoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.triage.intake.TranscriptEntry;
import dev.tandem.triage.routing.Trigger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the hand-off API. */
final class HandoffDtos {

    private HandoffDtos() {
    }

    /** {@code POST /api/handoffs/{id}/resolve}. */
    record ResolveRequest(@NotBlank @Size(max = 500) String outcome, @NotNull Boolean aiRoutingCorrect) {
    }

    /** {@code POST /api/handoffs/{id}/reply}: the agent answers the customer and waits on them. */
    record AgentReplyRequest(@NotBlank @Size(max = 20_000) String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HandoffSummary(String id, String messageId, String conversationId, String queue, String priority,
                          String status, List<Trigger> triggers, Instant createdAt, Instant firstResponseDueAt,
                          Instant resolutionDueAt, String claimedBy, Instant claimedAt, Instant resolvedAt,
                          String outcome, Boolean aiRoutingCorrect, boolean waitingOnCustomer, String escalatedTo) {
    }

    /** What the customer told us about themselves, as the policy saw it. */
    record CustomerFactsPart(String id, String tier, int tenureMonths, double lifetimeValue, String dealStage,
                             boolean aiOptOut, String language, String region) {
    }

    /** One AI decision in the conversation, for "what did the AI do and why". */
    record AiStep(String messageId, String route, String decidingRule, String explanation, List<Trigger> triggers,
                  String classifier, String lexiconVersion, int policyVersion, String classifierFailure) {
    }

    /** The full context package a person needs to take over. */
    record HandoffContext(HandoffSummary handoff, CustomerFactsPart customer, String aiSummary,
                          List<AiStep> aiSteps, List<TranscriptEntry> transcript) {
    }
}
