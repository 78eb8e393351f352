package dev.tandem.audit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Randomised checks of the stored-level tree against the literal RFC 6962 recursion. */
class MerkleTreeTest {

    private static final int LEAVES = 3_000;
    private static final List<byte[]> leaves = new ArrayList<>();
    private static final MerkleTree tree = new MerkleTree();

    @BeforeAll
    static void build() {
        Random random = new Random(6962);
        for (int i = 0; i < LEAVES; i++) {
            byte[] entry = new byte[random.nextInt(40)];
            random.nextBytes(entry);
            byte[] leaf = Rfc6962.leafHash(entry);
            leaves.add(leaf);
            tree.append(leaf);
        }
    }

    @Test
    void shouldMatchReferenceRootForEverySizeUpToTwoHundredAndSampledLargerSizes() {
        for (int size = 0; size <= 200; size++) {
            assertThat(tree.root(size)).as("size %d", size).isEqualTo(NaiveMerkle.mth(leaves.subList(0, size)));
        }
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            int size = random.nextInt(LEAVES + 1);
            assertThat(tree.root(size)).as("size %d", size).isEqualTo(NaiveMerkle.mth(leaves.subList(0, size)));
        }
        assertThat(tree.root()).isEqualTo(NaiveMerkle.mth(leaves));
        assertThat(tree.size()).isEqualTo(LEAVES);
    }

    @Test
    void shouldMatchReferenceInclusionProofsAndVerifyThem() {
        Random random = new Random(2);
        for (int i = 0; i < 400; i++) {
            int size = 1 + random.nextInt(LEAVES);
            int index = random.nextInt(size);
            List<byte[]> proof = tree.inclusionProof(index, size);
            assertThat(ProofCodec.toHex(proof)).as("PATH(%d, %d)", index, size)
                    .isEqualTo(ProofCodec.toHex(NaiveMerkle.path(index, leaves.subList(0, size))));
            byte[] root = tree.root(size);
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), index, size, proof, root)).isTrue();
            assertThat(MerkleTree.verifyInclusion(leaves.get((index + 1) % size), index, size, proof, root))
                    .isEqualTo(Arrays.equals(leaves.get((index + 1) % size), leaves.get(index)));
            if (!proof.isEmpty()) {
                List<byte[]> wrong = new ArrayList<>(proof);
                int at = random.nextInt(proof.size());
                byte[] flipped = proof.get(at).clone();
                flipped[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
                wrong.set(at, flipped);
                assertThat(MerkleTree.verifyInclusion(leaves.get(index), index, size, wrong, root)).isFalse();
            }
        }
    }

    @Test
    void shouldMatchReferenceConsistencyProofsBetweenRandomSizes() {
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            int newSize = 1 + random.nextInt(LEAVES);
            int oldSize = 1 + random.nextInt(newSize);
            List<byte[]> proof = tree.consistencyProof(oldSize, newSize);
            List<byte[]> expected = oldSize == newSize ? List.of() : NaiveMerkle.proof(oldSize, leaves.subList(0, newSize));
            assertThat(ProofCodec.toHex(proof)).as("PROOF(%d, %d)", oldSize, newSize)
                    .isEqualTo(ProofCodec.toHex(expected));
            byte[] oldRoot = tree.root(oldSize);
            byte[] newRoot = tree.root(newSize);
            assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).isTrue();
            if (oldSize < newSize) {
                byte[] forgedOld = NaiveMerkle.mth(forkedPrefix(oldSize, random));
                assertThat(MerkleTree.verifyConsistency(oldSize, newSize, forgedOld, newRoot, proof)).isFalse();
                List<byte[]> wrong = new ArrayList<>(proof);
                int at = random.nextInt(proof.size());
                byte[] flipped = proof.get(at).clone();
                flipped[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
                wrong.set(at, flipped);
                assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, wrong)).isFalse();
            }
        }
    }

    @Test
    void shouldRejectProofOfOneSizeUsedForAnother() {
        for (int size = 2; size < 70; size++) {
            List<byte[]> proof = tree.inclusionProof(size / 2, size);
            byte[] otherRoot = tree.root(size + 1);
            assertThat(MerkleTree.verifyInclusion(leaves.get(size / 2), size / 2, size + 1, proof, otherRoot))
                    .as("size %d", size).isFalse();
        }
    }

    @Test
    void shouldAccumulateTheSameRootAsTheTreeForEverySize() {
        RootAccumulator accumulator = new RootAccumulator();
        assertThat(accumulator.root()).isEqualTo(Rfc6962.emptyRoot());
        for (int size = 1; size <= LEAVES; size++) {
            accumulator.append(leaves.get(size - 1));
            if (size <= 300 || size % 131 == 0) {
                assertThat(accumulator.root()).as("size %d", size).isEqualTo(tree.root(size));
            }
        }
        assertThat(accumulator.size()).isEqualTo(LEAVES);
        assertThat(accumulator.root()).isEqualTo(NaiveMerkle.mth(leaves));
    }

    @Test
    void shouldGiveEveryLeafBackAndRejectOutOfRangeRequests() {
        for (int i = 0; i < LEAVES; i += 97) {
            assertThat(tree.leafHash(i)).isEqualTo(leaves.get(i));
        }
        assertThatThrownBy(() -> tree.leafHash(LEAVES)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> tree.root(LEAVES + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerkleTree().append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotLetCallersMutateStoredHashes() {
        MerkleTree small = new MerkleTree();
        byte[] leaf = Rfc6962.leafHash(new byte[] {1});
        small.append(leaf);
        byte[] root = small.root();
        leaf[0] ^= 1;
        small.leafHash(0)[0] ^= 1;
        small.root()[0] ^= 1;
        assertThat(small.root()).isEqualTo(root);
    }

    @Test
    void shouldServeConsistentSnapshotsToReadersWhileOneWriterAppends() throws Exception {
        MerkleTree live = new MerkleTree();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> checks = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                checks.add(readers.submit(() -> {
                    int checked = 0;
                    Random random = new Random();
                    while (!done.get() || checked == 0) {
                        long size = live.size();
                        if (size == 0) {
                            continue;
                        }
                        long index = random.nextLong(size);
                        List<byte[]> proof = live.inclusionProof(index, size);
                        if (!MerkleTree.verifyInclusion(leaves.get((int) index), index, size, proof, live.root(size))) {
                            throw new AssertionError("inconsistent snapshot at size " + size);
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            for (byte[] leaf : leaves) {
                live.append(leaf);
            }
            done.set(true);
            for (Future<Integer> check : checks) {
                assertThat(check.get(30, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(live.root()).isEqualTo(tree.root());
    }

    private static List<byte[]> forkedPrefix(int size, Random random) {
        List<byte[]> forked = new ArrayList<>(leaves.subList(0, size));
        forked.set(random.nextInt(size), Rfc6962.leafHash(new byte[] {(byte) random.nextInt()}));
        return forked;
    }
}
