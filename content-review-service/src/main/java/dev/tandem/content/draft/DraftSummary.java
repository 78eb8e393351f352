package dev.tandem.content.draft;

import java.time.Instant;

/** One row of the draft list. */
record DraftSummary(String id, DraftKind kind, DraftStatus status, String brandId, String campaignId, String intent,
                    String language, String author, int revision, String title, int voiceScore, boolean risky,
                    Instant updatedAt) {
}
