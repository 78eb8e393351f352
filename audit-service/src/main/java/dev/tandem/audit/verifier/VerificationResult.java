package dev.tandem.audit.verifier;

import dev.tandem.audit.crypto.Checkpoint;

/** Outcome of an offline export check; {@code firstBadSeq} is set when a specific entry is at fault. */
public record VerificationResult(boolean valid, long entries, Long firstBadSeq, Checkpoint checkpoint, String reason) {

    static VerificationResult ok(long entries, Checkpoint checkpoint, String detail) {
        return new VerificationResult(true, entries, null, checkpoint, detail);
    }

    static VerificationResult bad(long entries, Long seq, Checkpoint checkpoint, String reason) {
        return new VerificationResult(false, entries, seq, checkpoint, reason);
    }
}
