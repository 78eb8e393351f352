package dev.tandem.content.draft;

import java.time.Instant;

record DismissalResponse(String id, String findingId, String draftId, int revision, String code, String ruleId,
                         String reviewer, String reason, Instant createdAt) {
}
