package dev.tandem.audit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published RFC 6962 reference vectors (8 leaves): hashes, roots, inclusion and consistency proofs. */
class Rfc6962VectorsTest {

    private static JsonNode vectors;
    private static MerkleTree tree;

    @BeforeAll
    static void buildTree() {
        vectors = TestVectors.load("rfc6962-vectors.json");
        tree = new MerkleTree();
        vectors.get("leaves").forEach(leaf -> tree.append(Rfc6962.leafHash(TestVectors.hex(leaf))));
    }

    @Test
    void shouldHashEmptyTreeAsSha256OfNothing() {
        assertThat(ProofCodec.hex(Rfc6962.emptyRoot())).isEqualTo(vectors.get("roots").get(0).asText());
        assertThat(new MerkleTree().root()).isEqualTo(Rfc6962.emptyRoot());
    }

    @Test
    void shouldReproduceEveryPublishedNodeHash() {
        JsonNode levels = vectors.get("nodeHashes");
        for (int level = 0; level < levels.size(); level++) {
            JsonNode nodes = levels.get(level);
            for (int i = 0; i < nodes.size(); i++) {
                long start = (long) i << level;
                assertThat(ProofCodec.hex(subtreeRoot(start, 1L << level)))
                        .as("level %d node %d", level, i).isEqualTo(nodes.get(i).asText());
            }
        }
        for (int i = 0; i < 8; i++) {
            assertThat(ProofCodec.hex(tree.leafHash(i))).isEqualTo(levels.get(0).get(i).asText());
        }
    }

    @Test
    void shouldReproducePublishedRootForEverySize() {
        JsonNode roots = vectors.get("roots");
        for (int size = 0; size <= 8; size++) {
            assertThat(ProofCodec.hex(tree.root(size))).as("root of size %d", size)
                    .isEqualTo(roots.get(size).asText());
        }
        assertThat(tree.root()).isEqualTo(TestVectors.hex(roots.get(8)));
    }

    @Test
    void shouldGenerateAndVerifyPublishedInclusionProofs() {
        for (JsonNode v : vectors.get("inclusion")) {
            long index = v.get("leafIndex").asLong();
            long size = v.get("treeSize").asLong();
            List<byte[]> expected = TestVectors.hexList(v.get("proof"));
            List<byte[]> proof = tree.inclusionProof(index, size);
            assertThat(ProofCodec.toHex(proof)).as("PATH(%d, %d)", index, size)
                    .isEqualTo(ProofCodec.toHex(expected));
            assertThat(MerkleTree.verifyInclusion(tree.leafHash(index), index, size, expected, root(size))).isTrue();
        }
    }

    @Test
    void shouldRejectEveryCorruptionOfPublishedInclusionProofs() {
        byte[] someHash = ProofCodec.fromHex("abacaba000000000000000000000000000000000000000000060061e00123456");
        for (JsonNode v : vectors.get("inclusion")) {
            long index = v.get("leafIndex").asLong();
            long size = v.get("treeSize").asLong();
            List<byte[]> proof = TestVectors.hexList(v.get("proof"));
            byte[] leaf = tree.leafHash(index);
            byte[] root = root(size);
            assertThat(MerkleTree.verifyInclusion(leaf, index - 1, size, proof, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index + 1, size, proof, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index ^ 2, size, proof, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size * 2, proof, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size / 2, proof, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(Rfc6962.leafHash(new byte[] {9}), index, size, proof, root))
                    .isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size, proof, Rfc6962.emptyRoot())).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size, proof, someHash)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size, with(proof, proof.size(), root), root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size, with(proof, 0, root), root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaf, index, size, with(proof, 0, new byte[0]), root)).isFalse();
            for (int i = 0; i < proof.size(); i++) {
                List<byte[]> flipped = copy(proof);
                flipped.get(i)[0] ^= 8;
                assertThat(MerkleTree.verifyInclusion(leaf, index, size, flipped, root)).as("bit flip in %d", i)
                        .isFalse();
            }
            if (!proof.isEmpty()) {
                assertThat(MerkleTree.verifyInclusion(leaf, index, size, proof.subList(0, proof.size() - 1), root))
                        .isFalse();
            }
            if (proof.size() > 1) {
                assertThat(MerkleTree.verifyInclusion(leaf, index, size, with(proof, 1, someHash), root)).isFalse();
            }
        }
    }

    @Test
    void shouldGenerateAndVerifyPublishedConsistencyProofs() {
        for (JsonNode v : vectors.get("consistency")) {
            long oldSize = v.get("oldSize").asLong();
            long newSize = v.get("newSize").asLong();
            List<byte[]> expected = TestVectors.hexList(v.get("proof"));
            assertThat(ProofCodec.toHex(tree.consistencyProof(oldSize, newSize)))
                    .as("PROOF(%d, %d)", oldSize, newSize).isEqualTo(ProofCodec.toHex(expected));
            assertThat(MerkleTree.verifyConsistency(oldSize, newSize, root(oldSize), root(newSize), expected))
                    .isTrue();
        }
    }

    @Test
    void shouldRejectEveryCorruptionOfPublishedConsistencyProofs() {
        for (JsonNode v : vectors.get("consistency")) {
            long m = v.get("oldSize").asLong();
            long n = v.get("newSize").asLong();
            List<byte[]> proof = TestVectors.hexList(v.get("proof"));
            if (proof.isEmpty()) {
                continue;
            }
            byte[] r1 = root(m);
            byte[] r2 = root(n);
            assertThat(MerkleTree.verifyConsistency(m - 1, n, r1, r2, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m + 1, n, r1, r2, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m ^ 2, n, r1, r2, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n * 2, r1, r2, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n / 2, r1, r2, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, "WrongRoot".getBytes(), r2, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, "WrongRoot".getBytes(), proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r2, r1, proof)).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, List.of())).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, proof.size(), new byte[0]))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, proof.size(), r1))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, proof.size(), r2))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, 0, new byte[0]))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, 0, r1))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, 0, r2))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, with(proof, 0, proof.get(0)))).isFalse();
            assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, proof.subList(0, proof.size() - 1))).isFalse();
            for (int i = 0; i < proof.size(); i++) {
                List<byte[]> flipped = copy(proof);
                flipped.get(i)[0] ^= 16;
                assertThat(MerkleTree.verifyConsistency(m, n, r1, r2, flipped)).as("bit flip in %d", i).isFalse();
            }
        }
    }

    @Test
    void shouldTreatTrivialConsistencyCasesLikeTheReference() {
        byte[] empty = Rfc6962.emptyRoot();
        byte[] one = root(1);
        assertThat(MerkleTree.verifyConsistency(0, 0, empty, empty, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(0, 1, empty, one, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(1, 1, one, one, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(1, 1, empty, one, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(1, 0, one, empty, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(2, 1, root(2), one, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(1, 2, one, root(2), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 1, empty, one, List.of(empty))).isFalse();
        assertThat(MerkleTree.verifyConsistency(1, 1, one, one, List.of(empty))).isFalse();
        assertThat(tree.consistencyProof(0, 8)).isEmpty();
        assertThat(tree.consistencyProof(8, 8)).isEmpty();
    }

    private static byte[] root(long size) {
        return TestVectors.hex(vectors.get("roots").get((int) size));
    }

    /** MTH of a perfect subtree via a throwaway tree over the same leaves (independent of stored levels). */
    private static byte[] subtreeRoot(long start, long width) {
        MerkleTree sub = new MerkleTree();
        for (long i = start; i < start + width; i++) {
            sub.append(tree.leafHash(i));
        }
        return sub.root();
    }

    private static List<byte[]> copy(List<byte[]> proof) {
        List<byte[]> out = new ArrayList<>();
        proof.forEach(p -> out.add(p.clone()));
        return out;
    }

    private static List<byte[]> with(List<byte[]> proof, int at, byte[] extra) {
        List<byte[]> out = new ArrayList<>(proof);
        out.add(at, extra);
        return out;
    }
}
