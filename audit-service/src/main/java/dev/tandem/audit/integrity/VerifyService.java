package dev.tandem.audit.integrity;

import dev.tandem.audit.checkpoint.AuditCheckpoint;
import dev.tandem.audit.checkpoint.CheckpointKeys;
import dev.tandem.audit.checkpoint.CheckpointRepository;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointVerifier;
import dev.tandem.audit.crypto.InvalidCheckpointException;
import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.crypto.MerkleTree;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.AuditEntryRepository;
import dev.tandem.audit.log.LogTree;
import dev.tandem.audit.privacy.PayloadReader;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes the log from the stored rows: every leaf hash from its fields, every readable payload's
 * digest (decrypting content; skipped with {@code payloads=false}), the tree from the recomputed leaves, and
 * every signed checkpoint's signature and root.
 */
@ApplicationScoped
class VerifyService {

    private final AuditEntryRepository entries;
    private final CheckpointRepository checkpoints;
    private final CheckpointKeys keys;
    private final LogTree tree;
    private final PayloadReader payloads;

    VerifyService(AuditEntryRepository entries, CheckpointRepository checkpoints, CheckpointKeys keys,
                  LogTree tree, PayloadReader payloads) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.tree = tree;
        this.payloads = payloads;
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    VerifyResponse verify(boolean payloads) {
        long started = System.nanoTime();
        long size = tree.size();
        Scan scan = new Scan(size, payloads);
        entries.forEachEntry(size, payloads, scan::check);
        if (scan.recomputed.size() != size && scan.firstInvalidSeq == null) {
            scan.invalid(scan.recomputed.size(), "ENTRY_MISSING");
        }
        if (scan.firstInvalidSeq == null) {
            scan.compareWithCommittedTree();
        }
        List<Long> badCheckpoints = new ArrayList<>();
        List<AuditCheckpoint> all = checkpoints.oldestFirst();
        CheckpointVerifier verifier = keys.verifier();
        for (AuditCheckpoint stored : all) {
            if (!checkpointHolds(stored, verifier, scan.recomputed)) {
                badCheckpoints.add(stored.id);
            }
        }
        boolean valid = scan.firstInvalidSeq == null && badCheckpoints.isEmpty();
        return new VerifyResponse(valid, size, scan.firstInvalidSeq, scan.reason, scan.invalidEntries,
                scan.payloadsChecked, scan.payloadsWithheld, all.size(), badCheckpoints,
                ProofCodec.hex(scan.recomputed.root()), (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean checkpointHolds(AuditCheckpoint stored, CheckpointVerifier verifier, MerkleTree recomputed) {
        Checkpoint signed;
        try {
            signed = verifier.verify(stored.note);
        } catch (InvalidCheckpointException e) {
            return false;
        }
        return signed.treeSize() == stored.treeSize && Arrays.equals(signed.rootHash(), stored.rootHash)
                && stored.treeSize <= recomputed.size()
                && Arrays.equals(recomputed.root(stored.treeSize), stored.rootHash);
    }

    /** State of one pass over the rows. */
    private final class Scan {
        final MerkleTree recomputed = new MerkleTree();
        final long size;
        final boolean checkPayloads;
        Long firstInvalidSeq;
        String reason;
        long invalidEntries;
        long payloadsChecked;
        long payloadsWithheld;

        Scan(long size, boolean payloads) {
            this.size = size;
            this.checkPayloads = payloads;
        }

        void check(AuditEntry e) {
            long expected = recomputed.size();
            if (e.seq != expected) {
                invalid(expected, "ENTRY_MISSING");
            }
            byte[] leaf = LeafCodec.leafHash(e.leafFields());
            if (!Arrays.equals(leaf, e.leafHash)) {
                invalid(e.seq, "LEAF_HASH_MISMATCH");
            } else if (checkPayloads) {
                checkPayload(e);
            }
            recomputed.append(leaf);
        }

        private void checkPayload(AuditEntry e) {
            Optional<String> plaintext;
            try {
                plaintext = payloads.plaintext(e);
            } catch (IllegalStateException undecryptable) {
                invalid(e.seq, "PAYLOAD_UNDECRYPTABLE");
                return;
            }
            if (plaintext.isEmpty()) {
                payloadsWithheld++;
                return;
            }
            payloadsChecked++;
            if (!LeafCodec.payloadDigest(plaintext.get()).equals(e.payloadDigest)) {
                invalid(e.seq, "PAYLOAD_DIGEST_MISMATCH");
            }
        }

        /** Rows whose fields and leaf hash were changed together still differ from the tree built at commit. */
        void compareWithCommittedTree() {
            for (long i = 0; i < size; i++) {
                if (!Arrays.equals(recomputed.leafHash(i), tree.leafHash(i))) {
                    invalid(i, "LEAF_DIFFERS_FROM_COMMITTED_TREE");
                    return;
                }
            }
        }

        void invalid(long seq, String why) {
            invalidEntries++;
            if (firstInvalidSeq == null || seq < firstInvalidSeq) {
                firstInvalidSeq = seq;
                reason = why;
            }
        }
    }
}
