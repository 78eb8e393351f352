package dev.tandem.content.drift;

import java.time.Instant;

/** Scores of one bucket: {@code start} is the bucket's first instant (UTC). */
record TrendPoint(Instant start, double averageScore, int minScore, int maxScore, long count,
                  int latestBrandVersion) {
}
