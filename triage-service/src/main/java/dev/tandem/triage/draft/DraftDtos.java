package dev.tandem.triage.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request and response bodies of the draft review API. */
final class DraftDtos {

    private DraftDtos() {
    }

    record EditRequest(@NotBlank @Size(max = 20_000) String text) {
    }

    record RejectRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DraftResponse(String id, String messageId, String conversationId, String status, String text,
                         String templateId, String language, Instant createdAt, String reviewer, Instant reviewedAt,
                         String rejectReason, String replyId, MessagePart message) {
    }

    /** The customer's message the draft answers, so the reviewer sees both side by side. */
    record MessagePart(String subject, String body, String intent, double sentiment, String urgency) {
    }
}
