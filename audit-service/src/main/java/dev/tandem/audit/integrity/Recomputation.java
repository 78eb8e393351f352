package dev.tandem.audit.integrity;

import dev.tandem.audit.crypto.MerkleTree;
import dev.tandem.audit.crypto.Rfc6962;
import dev.tandem.audit.log.LeafScanner;
import dev.tandem.audit.log.LogTree;

/**
 * The tree of the leaves recomputed from the rows, without rebuilding it when it is the committed tree: while
 * every recomputed leaf equals the committed leaf at its position, the two trees are identical (a tree is a
 * function of its leaves), so roots and leaves are read from the committed tree. At the first difference the
 * equal prefix is copied into a fresh tree and the rest is appended to it: the O(n) node hashing is only paid on
 * a log that does not verify.
 */
final class Recomputation {

    private static final int H = Rfc6962.HASH_SIZE;

    private final LogTree committed;
    private final long committedSize;
    private final VerifyService.Findings findings;
    private MerkleTree diverged;
    private long count;
    private Long firstDifference;

    Recomputation(LogTree committed, long committedSize, VerifyService.Findings findings) {
        this.committed = committed;
        this.committedSize = committedSize;
        this.findings = findings;
    }

    /** Runs on the scanner's hashing thread, batch after batch in seq order. */
    void accept(LeafScanner.Rows rows) {
        for (int i = 0; i < rows.count; i++) {
            int off = i * H;
            if (rows.seq[i] != count) {
                findings.invalid(count, "ENTRY_MISSING");
            }
            if (!rows.storedLeafMatches(i)) {
                findings.invalid(rows.seq[i], "LEAF_HASH_MISMATCH");
            }
            if (diverged == null && (count >= committedSize || !committed.leafEquals(count, rows.recomputed, off))) {
                diverge();
            }
            if (diverged != null) {
                byte[] leaf = new byte[H];
                System.arraycopy(rows.recomputed, off, leaf, 0, H);
                diverged.append(leaf);
            }
            count++;
        }
    }

    private void diverge() {
        firstDifference = count;
        diverged = new MerkleTree();
        for (long i = 0; i < count; i++) {
            diverged.append(committed.leafHash(i));
        }
    }

    /** Call after the scan: the recomputed tree has fewer leaves than committed if rows are missing at the end. */
    void finish() {
        if (diverged == null && count != committedSize) {
            diverge();
        }
    }

    /** First position whose recomputed leaf differs from the tree built at commit time, or null. */
    Long firstDifference() {
        return firstDifference;
    }

    long size() {
        return count;
    }

    byte[] root(long treeSize) {
        return diverged == null ? committed.root(treeSize) : diverged.root(treeSize);
    }

    byte[] leafHash(long index) {
        return diverged == null ? committed.leafHash(index) : diverged.leafHash(index);
    }
}
