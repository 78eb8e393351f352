package dev.tandem.audit.integrity;

import java.util.List;

/**
 * Result of a full verification. {@code firstInvalidSeq} names the first entry whose stored fields, payload,
 * leaf or leaf MAC no longer match; {@code payloadsWithheld} counts erased or expired payloads (their digests
 * stay in the leaves, so the tree still verifies); {@code signedEntries} is the size of the last checkpoint that
 * still matches (those entries are proven by its signature); {@code macsChecked} counts the entries after it
 * whose leaf MAC was checked; {@code rootHash} is the hex root recomputed from the rows.
 */
public record VerifyResponse(boolean valid, long entries, Long firstInvalidSeq, String firstInvalidReason,
                             long invalidEntries, long payloadsChecked, long payloadsWithheld,
                             int checkpointsChecked, List<Long> invalidCheckpointIds, long signedEntries,
                             long macsChecked, String rootHash, long durationMs) {
}
