package dev.tandem.content.draft;

import dev.tandem.content.voice.Channel;
import dev.tandem.content.voice.Origin;
import dev.tandem.content.voice.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A draft with its current revision: the check results use the contract's check-response field names
 * ({@code findings}, {@code voiceScore}, {@code gradeLevel}, {@code brandVersion}).
 */
record DraftResponse(String id, DraftKind kind, DraftStatus status, String brandId, String campaignId,
                     String intent, String language, String model, String author, String templateId,
                     int revision, int brandVersion, Channel channel, Origin origin, String title, String body,
                     List<String> personalizationFields, List<FindingView> findings, int voiceScore,
                     double gradeLevel, boolean risky, List<String> approvals, int requiredApprovals,
                     List<String> overrideSignatures, List<ReviewView> reviews, Integer publishedRevision,
                     Instant publishedAt, String publishedBy, Instant createdAt, Instant updatedAt) {

    /** A finding with the id used to dismiss it. */
    record FindingView(String id, String code, Severity severity, String message, int start, int end, String match,
                       String suggestion, String ruleId, boolean dismissed, String dismissalReason) {
    }

    record ReviewView(int revision, String reviewer, ReviewDecision decision, String comment, Instant at) {
    }
}
