package dev.tandem.triage.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Bodies of the policy API. */
final class PolicyDtos {

    private PolicyDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PolicyResponse(int version, int ruleCount, Instant createdAt, String createdBy, JsonNode rules) {
    }

    /** {@code POST /api/policy/replay}: a proposed policy, over the last N messages or a time range [from, to). */
    record ReplayRequest(@NotNull JsonNode policy, @Min(1) @Max(100_000) Integer lastN, Instant from, Instant to) {
    }

    record RouteChange(String messageId, Instant receivedAt, String intent, String from, String to,
                       String proposedRule, String proposedExplanation) {
    }

    /** What the proposed policy would have changed; nothing is stored. */
    record ReplayReport(int currentPolicyVersion, int messagesEvaluated, int unchanged, int changed,
                        Map<String, Integer> changes, Map<String, Integer> proposedRoutes, List<RouteChange> messages) {
    }
}
