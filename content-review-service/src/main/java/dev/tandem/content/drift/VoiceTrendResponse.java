package dev.tandem.content.drift;

import java.time.Instant;
import java.util.List;

/**
 * The voice score trend of a brand. {@code change} is the last bucket's average minus the first's
 * (negative: the voice is sliding); null with fewer than two buckets.
 */
record VoiceTrendResponse(String brandId, String bucket, Instant from, Instant to, List<TrendPoint> points,
                          Double change) {
}
