package dev.tandem.audit.crypto;

import java.util.ArrayList;
import java.util.List;

/** The RFC 9162 §2.1.3.2 and §2.1.4.2 verification algorithms, used through {@link MerkleTree}'s static methods. */
final class ProofVerifier {

    private ProofVerifier() {
    }

    static boolean verifyInclusion(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> proof, byte[] root) {
        if (leafHash == null || proof == null || leafHash.length != Rfc6962.HASH_SIZE || !wellFormed(proof)
                || leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MerkleTree.sameHash(r, root);
    }

    static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (proof == null || !wellFormed(proof) || oldSize < 0 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MerkleTree.sameHash(oldRoot, newRoot);
        }
        if (oldSize == 0) {
            return proof.isEmpty() && MerkleTree.sameHash(oldRoot, Rfc6962.emptyRoot())
                    && newRoot != null && newRoot.length == Rfc6962.HASH_SIZE;
        }
        if (proof.isEmpty() || oldRoot == null || newRoot == null) {
            return false;
        }
        List<byte[]> path = proof;
        if (Long.bitCount(oldSize) == 1) {
            path = new ArrayList<>(proof.size() + 1);
            path.add(oldRoot);
            path.addAll(proof);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MerkleTree.sameHash(fr, oldRoot) && MerkleTree.sameHash(sr, newRoot);
    }

    private static boolean wellFormed(List<byte[]> proof) {
        for (byte[] node : proof) {
            if (node == null || node.length != Rfc6962.HASH_SIZE) {
                return false;
            }
        }
        return true;
    }
}
