package dev.tandem.audit.crypto;

/**
 * Streaming RFC 6962 root: keeps only the O(log n) perfect-subtree roots of the leaves appended so far, for
 * recomputing a root over millions of entries without storing them (offline verification, full re-verify).
 * Not thread-safe.
 */
public final class RootAccumulator {

    private final byte[][] subtrees = new byte[64][];
    private long size;

    public void append(byte[] leafHash) {
        if (leafHash.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("leaf hash must be " + Rfc6962.HASH_SIZE + " bytes");
        }
        byte[] h = leafHash;
        int level = 0;
        while ((size >>> level & 1) == 1) {
            h = Rfc6962.nodeHash(subtrees[level], h);
            subtrees[level] = null;
            level++;
        }
        subtrees[level] = h;
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH over every leaf appended so far. */
    public byte[] root() {
        if (size == 0) {
            return Rfc6962.emptyRoot();
        }
        byte[] acc = null;
        for (int k = 0; k < 64; k++) {
            if ((size >>> k & 1) == 1) {
                acc = acc == null ? subtrees[k].clone() : Rfc6962.nodeHash(subtrees[k], acc);
            }
        }
        return acc;
    }
}
