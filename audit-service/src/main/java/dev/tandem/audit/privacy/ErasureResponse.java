package dev.tandem.audit.privacy;

import java.time.Instant;

/** Receipt of an erasure: the subject's key is destroyed and {@code entriesAffected} entries lost their content. */
public record ErasureResponse(String erasureId, String dataSubject, String reason, String requestedBy,
                              Instant requestedAt, long entriesAffected) {

    static ErasureResponse of(Erasure e) {
        return new ErasureResponse(e.id, e.dataSubject, e.reason, e.requestedBy, e.requestedAt, e.entriesAffected);
    }
}
