package dev.tandem.audit.integrity;

import dev.tandem.audit.checkpoint.AuditCheckpoint;
import dev.tandem.audit.checkpoint.CheckpointKeys;
import dev.tandem.audit.checkpoint.CheckpointRepository;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointVerifier;
import dev.tandem.audit.crypto.InvalidCheckpointException;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.AuditEntryRepository;
import dev.tandem.audit.log.LeafMacs;
import dev.tandem.audit.log.LeafScanner;
import dev.tandem.audit.log.LogTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recomputes the log from the stored rows, in this order: every leaf hash from its fields (streamed, see
 * {@link LeafScanner}) and the tree from the recomputed leaves; every readable payload's digest (unless
 * {@code payloads=false}); every signed checkpoint's signature and root. Rows whose fields and leaf hash were
 * rewritten together still fail: entries under the last checkpoint that matches are proven by its signature,
 * and every entry after it must carry a valid leaf MAC (see {@link LeafMacs}); the first failing MAC in that
 * range is the first bad entry. The recomputed tree is the committed one unless a leaf differs from it
 * ({@link Recomputation}).
 */
@ApplicationScoped
class VerifyService {

    private final LeafScanner scanner;
    private final AuditEntryRepository entries;
    private final CheckpointRepository checkpoints;
    private final CheckpointKeys keys;
    private final LogTree tree;
    private final LeafMacs macs;
    private final PayloadCheck payloadCheck;

    VerifyService(LeafScanner scanner, AuditEntryRepository entries, CheckpointRepository checkpoints,
                  CheckpointKeys keys, LogTree tree, LeafMacs macs, PayloadCheck payloadCheck) {
        this.scanner = scanner;
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.tree = tree;
        this.macs = macs;
        this.payloadCheck = payloadCheck;
    }

    VerifyResponse verify(boolean payloads) {
        long started = System.nanoTime();
        long size = tree.size();
        Findings findings = new Findings();
        Recomputation recomputed = new Recomputation(tree, size, findings);
        scanner.scanLeaves(size, recomputed::accept);
        recomputed.finish();
        if (recomputed.size() != size) {
            findings.invalid(recomputed.size(), "ENTRY_MISSING");
        }
        long[] payloadCounts = payloads ? payloadCheck.run(size, findings) : new long[2];
        List<AuditCheckpoint> all = QuarkusTransaction.requiringNew().call(checkpoints::oldestFirst);
        CheckpointVerifier verifier = keys.verifier();
        List<Long> badCheckpoints = new ArrayList<>();
        long signedPrefix = 0;
        Long firstBadSize = null;
        for (AuditCheckpoint stored : all) {
            if (!checkpointHolds(stored, verifier, recomputed)) {
                badCheckpoints.add(stored.id);
                firstBadSize = firstBadSize == null ? Long.valueOf(stored.treeSize) : firstBadSize;
            } else if (firstBadSize == null) {
                signedPrefix = Math.max(signedPrefix, stored.treeSize);
            }
        }
        long macEnd = Math.min(recomputed.size(), firstBadSize == null ? size : firstBadSize);
        long[] macsChecked = {0};
        scanner.scanMacs(signedPrefix, macEnd, (seq, mac) -> {
            macsChecked[0]++;
            if (seq < recomputed.size() && !macs.matches(recomputed.leafHash(seq), mac)) {
                findings.invalid(seq, "LEAF_MAC_MISMATCH");
            }
        });
        if (findings.firstInvalidSeq == null && recomputed.firstDifference() != null) {
            // fields and leaf hash changed together after the tree was built, MAC not checked (under a checkpoint)
            findings.invalid(recomputed.firstDifference(), "LEAF_DIFFERS_FROM_COMMITTED_TREE");
        }
        boolean valid = findings.firstInvalidSeq == null && badCheckpoints.isEmpty();
        return new VerifyResponse(valid, size, findings.firstInvalidSeq, findings.reason, findings.invalidEntries,
                payloadCounts[0], payloadCounts[1], all.size(), badCheckpoints, signedPrefix, macsChecked[0],
                ProofCodec.hex(recomputed.root(recomputed.size())), (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean checkpointHolds(AuditCheckpoint stored, CheckpointVerifier verifier,
                                           Recomputation recomputed) {
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

    /** What is wrong so far: the lowest bad seq wins. */
    static final class Findings {
        Long firstInvalidSeq;
        String reason;
        long invalidEntries;

        synchronized void invalid(long seq, String why) {
            invalidEntries++;
            if (firstInvalidSeq == null || seq < firstInvalidSeq) {
                firstInvalidSeq = seq;
                reason = why;
            }
        }
    }
}
