package dev.tandem.audit.crypto;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * In-memory append-only RFC 6962 Merkle tree over leaf hashes. Every complete perfect subtree is stored (level k
 * holds the roots of all complete subtrees of 2^k leaves), so roots of any historical size, inclusion proofs and
 * consistency proofs cost O(log n) stored reads plus at most O(log² n) hashes for right-edge subtrees.
 * Thread safety: appends are serialised; readers need no lock and see every leaf up to the {@link #size()} they read.
 */
public final class MerkleTree {

    private static final int H = Rfc6962.HASH_SIZE;

    private final HashLevel[] levels = new HashLevel[64];
    private volatile long size;

    public MerkleTree() {
        levels[0] = new HashLevel();
    }

    /** Appends one leaf hash (32 bytes, already {@link Rfc6962#leafHash(byte[])}-ed). */
    public synchronized void append(byte[] leafHash) {
        if (leafHash.length != H) {
            throw new IllegalArgumentException("leaf hash must be " + H + " bytes");
        }
        long n = size;
        byte[] chunk = levels[0].writableChunk(n);
        int off = HashLevel.offset(n);
        System.arraycopy(leafHash, 0, chunk, off, H);
        long idx = n;
        int level = 0;
        MessageDigest md = Rfc6962.sha256Digest();
        while ((idx & 1) == 1) {
            HashLevel below = levels[level];
            byte[] left = below.chunkFor(idx - 1);
            int leftOff = HashLevel.offset(idx - 1);
            level++;
            idx >>>= 1;
            if (levels[level] == null) {
                levels[level] = new HashLevel();
            }
            byte[] target = levels[level].writableChunk(idx);
            int targetOff = HashLevel.offset(idx);
            md.update((byte) 0x01);
            md.update(left, leftOff, H);
            md.update(chunk, off, H);
            digestInto(md, target, targetOff);
            chunk = target;
            off = targetOff;
        }
        size = n + 1;
    }

    /** Number of leaves. */
    public long size() {
        return size;
    }

    /** Root hash of the current tree. */
    public byte[] root() {
        return root(size);
    }

    /** Root hash of the tree as it was when it had {@code treeSize} leaves (MTH(D[0:treeSize])). */
    public byte[] root(long treeSize) {
        checkSize(treeSize, "treeSize");
        return treeSize == 0 ? Rfc6962.emptyRoot() : subtreeHash(0, treeSize);
    }

    /** The stored leaf hash at {@code index}. */
    public byte[] leafHash(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + size);
        }
        return levels[0].get(index);
    }

    /** Whether the stored leaf hash at {@code index} equals the 32 bytes of {@code hash} at {@code offset}. */
    public boolean leafEquals(long index, byte[] hash, int offset) {
        if (index < 0 || index >= size) {
            return false;
        }
        int off = HashLevel.offset(index);
        return java.util.Arrays.equals(levels[0].chunkFor(index), off, off + H, hash, offset, offset + H);
    }

    /** RFC 6962 §2.1.1 audit path PATH(m, D[0:treeSize]), ordered from the leaf upwards. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        checkSize(treeSize, "treeSize");
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf index " + leafIndex + " not in tree of size " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>(64 - Long.numberOfLeadingZeros(treeSize));
        path(leafIndex, 0, treeSize, proof);
        return proof;
    }

    /** RFC 6962 §2.1.2 consistency proof PROOF(oldSize, D[0:newSize]); empty when oldSize is 0 or equals newSize. */
    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        checkSize(newSize, "newSize");
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("oldSize " + oldSize + " not in [0, " + newSize + "]");
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} show the leaf at {@code leafIndex} is in the tree with {@code root}? */
    public static boolean verifyInclusion(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> proof,
            byte[] root) {
        return ProofVerifier.verifyInclusion(leafHash, leafIndex, treeSize, proof, root);
    }

    /** RFC 9162 §2.1.4.2: does {@code proof} show the tree with {@code newRoot} extends the one with {@code oldRoot}? */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
            List<byte[]> proof) {
        return ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(subtreeHash(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean complete, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                out.add(subtreeHash(start, end));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, start, start + k, complete, out);
            out.add(subtreeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    /**
     * MTH(D[start:end]) where start is aligned to a power of two at least end - start (always true for the ranges
     * the RFC recursion visits): the right fold of the stored perfect subtrees given by the bits of end - start.
     */
    private byte[] subtreeHash(long start, long end) {
        long n = end - start;
        byte[] acc = null;
        long pos = end;
        for (int k = 0; n >>> k != 0; k++) {
            if ((n >>> k & 1) == 1) {
                pos -= 1L << k;
                byte[] h = levels[k].get(pos >>> k);
                acc = acc == null ? h : Rfc6962.nodeHash(h, acc);
            }
        }
        return acc;
    }

    private void checkSize(long treeSize, String name) {
        long current = size;
        if (treeSize < 0 || treeSize > current) {
            throw new IllegalArgumentException(name + " " + treeSize + " not in [0, " + current + "]");
        }
    }

    private static void digestInto(MessageDigest md, byte[] out, int off) {
        try {
            md.digest(out, off, H);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean sameHash(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b) && a.length == H;
    }

    @Override
    public String toString() {
        long n = size;
        return "MerkleTree[size=" + n + ", root=" + ProofCodec.hex(root(n)) + "]";
    }
}
