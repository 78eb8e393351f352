package dev.tandem.audit.report;

import java.time.Instant;

/**
 * What a report was computed on: the entries {@code seq < treeSize} of the checkpoint (id, tree size and root
 * hash in base64; {@code checkpointId} null when no checkpoint was signed yet and the live tree was used),
 * restricted to events with {@code from <= time < to} when those are given.
 */
public record ReportScope(Long checkpointId, long treeSize, String rootHash, Instant signedAt, Instant from,
                          Instant to) {

    static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");

    Instant fromOrMin() {
        return from == null ? MIN : from;
    }

    Instant toOrMax() {
        return to == null ? MAX : to;
    }
}
