package dev.tandem.audit.checkpoint;

import dev.tandem.audit.crypto.ProofCodec;
import java.time.Instant;

/** A signed checkpoint: tree size and root hash (base64 as in the note, and hex), and the signed note. */
public record CheckpointResponse(long id, long treeSize, String rootHash, String rootHashHex, Instant signedAt,
                                 String note) {

    public static CheckpointResponse of(AuditCheckpoint c) {
        return new CheckpointResponse(c.id, c.treeSize, ProofCodec.base64(c.rootHash), ProofCodec.hex(c.rootHash),
                c.signedAt, c.note);
    }
}
