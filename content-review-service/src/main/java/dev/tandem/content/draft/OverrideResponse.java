package dev.tandem.content.draft;

import java.time.Instant;
import java.util.List;

/** The emergency override signatures on a draft's current revision. */
record OverrideResponse(String draftId, int revision, List<Signature> signatures, int required, boolean complete) {

    record Signature(String by, String reason, Instant at) {
    }
}
