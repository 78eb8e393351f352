package dev.tandem.audit.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response shapes of the compliance reports. Rates are fractions in [0, 1], null when nothing was counted. */
public final class Reports {

    private Reports() {
    }

    /** EU AI Act Art. 14: who decided, and how often people overrode the AI. */
    public record HumanOversight(ReportScope scope, Map<String, Long> decisions, Map<String, Double> shares,
                                 long totalDecisions, Override handoffRouting, Override draftReviews,
                                 Override contentReviewsOfAiDrafts, Override overall) {
    }

    /** {@code reviewed} AI decisions a person looked at; {@code overridden} of those a person changed. */
    public record Override(long reviewed, long overridden, Double rate) {
    }

    /** EU AI Act Art. 50: every AI reply disclosed, no AI text to customers who opted out. */
    public record Disclosure(ReportScope scope, long repliesChecked, long aiGenerated, long aiDisclosed,
                             long repliesToOptedOut, long violationCount, boolean compliant,
                             List<DisclosureViolation> violations) {
    }

    /** {@code rule}: AI_REPLY_NOT_DISCLOSED or AI_REPLY_TO_OPTED_OUT_CUSTOMER. */
    public record DisclosureViolation(long seq, String eventId, String messageId, Instant time, String rule) {
    }

    /**
     * Outcomes of triage by customer segment. The reference group is the one most often handed to a person;
     * a group is flagged when its hand-off rate is below four fifths of the reference group's.
     */
    public record Fairness(ReportScope scope, String dimension, String referenceGroup, int minimumSampleSize,
                           List<FairnessGroup> groups) {
    }

    public record FairnessGroup(String group, long messages, long routedHuman, long routedAutoReply,
                                Double humanRate, Double autoReplyRate, Double humanRateRatio,
                                Double autoReplyRateRatio, boolean fourFifthsFlag, boolean smallSample) {
    }

    public record Sla(ReportScope scope, long handoffs, long warnings, long breaches, long breachedHandoffs,
                      Double breachRate, List<SlaGroup> byQueue) {
    }

    public record SlaGroup(String queue, String priority, long handoffs, long warnings, long breaches,
                           long breachedHandoffs, long firstResponseBreaches, long resolutionBreaches,
                           Double breachRate) {
    }
}
