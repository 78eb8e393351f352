package dev.tandem.content.draft;

import java.time.Instant;
import java.util.List;

/** One revision in a draft's history, with the line diff from the revision before it. */
record RevisionEntry(int revision, int brandVersion, String title, String body, int voiceScore, double gradeLevel,
                     boolean risky, int findingCount, Instant createdAt, String createdBy, boolean titleChanged,
                     List<LineDiff.Line> diff) {
}
