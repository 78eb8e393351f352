package dev.tandem.audit.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmarks (not a unit test): (a) full verification = re-encode + leaf-hash every entry, rebuild the tree and
 * compare the root; (b) inclusion proof generation + verification at 1M leaves; (c) consistency proofs.
 * Run: java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.tandem.audit.crypto.MerkleBenchmark [n]
 * (from /work/scratch/audit-crypto after mvn test-compile and
 * mvn dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
 */
public final class MerkleBenchmark {

    private MerkleBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        LeafFields[] entries = entries(n);
        System.out.printf("java %s, %d cores, %d entries%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), n);

        MerkleTree tree = new MerkleTree();
        for (LeafFields f : entries) {
            tree.append(LeafCodec.leafHash(f));
        }
        byte[] expected = tree.root();

        for (int run = 1; run <= 4; run++) {
            long t0 = System.nanoTime();
            MerkleTree rebuilt = new MerkleTree();
            for (LeafFields f : entries) {
                rebuilt.append(Rfc6962.leafHash(LeafCodec.encode(f)));
            }
            boolean same = Arrays.equals(rebuilt.root(), expected);
            long t1 = System.nanoTime();
            RootAccumulator acc = new RootAccumulator();
            for (LeafFields f : entries) {
                acc.append(Rfc6962.leafHash(LeafCodec.encode(f)));
            }
            boolean same2 = Arrays.equals(acc.root(), expected);
            long t2 = System.nanoTime();
            System.out.printf("(a) run %d: full verify, stored tree  %,d entries in %d ms = %,.0f entries/s (root ok: %s)%n",
                    run, n, (t1 - t0) / 1_000_000, n / ((t1 - t0) / 1e9), same);
            System.out.printf("(a) run %d: full verify, accumulator  %,d entries in %d ms = %,.0f entries/s (root ok: %s)%n",
                    run, n, (t2 - t1) / 1_000_000, n / ((t2 - t1) / 1e9), same2);
        }

        Random random = new Random(42);
        byte[] root = tree.root();
        int samples = 20_000;
        long[] latest = new long[samples];
        long[] historical = new long[samples];
        long[] consistency = new long[samples];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < samples; i++) {
                long index = random.nextInt(n);
                long t0 = System.nanoTime();
                List<byte[]> proof = tree.inclusionProof(index, n);
                boolean ok = MerkleTree.verifyInclusion(tree.leafHash(index), index, n, proof, root);
                latest[i] = System.nanoTime() - t0;
                check(ok, "inclusion");

                long size = 1 + random.nextInt(n);
                long idx = random.nextLong(size);
                t0 = System.nanoTime();
                byte[] historicalRoot = tree.root(size);
                proof = tree.inclusionProof(idx, size);
                ok = MerkleTree.verifyInclusion(tree.leafHash(idx), idx, size, proof, historicalRoot);
                historical[i] = System.nanoTime() - t0;
                check(ok, "historical inclusion");

                long newSize = 1 + random.nextInt(n);
                long oldSize = 1 + random.nextLong(newSize);
                t0 = System.nanoTime();
                byte[] oldRoot = tree.root(oldSize);
                byte[] newRoot = tree.root(newSize);
                proof = tree.consistencyProof(oldSize, newSize);
                ok = MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
                consistency[i] = System.nanoTime() - t0;
                check(ok, "consistency");
            }
        }
        report("(b) inclusion proof gen+verify, leaf of latest tree (size " + n + ")", latest);
        report("(b) inclusion at random historical size incl. root(size)", historical);
        report("(c) consistency proof gen+verify incl. both roots", consistency);
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.1f us, p99 %.1f us, max %.1f us (%d samples)%n", label,
                sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[sorted.length - 1] / 1e3, sorted.length);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what + " proof failed to verify");
        }
    }

    /** Realistic entries; strings come from pools so a million entries fit in a modest heap. */
    static LeafFields[] entries(int n) {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            ids.add(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}).toString());
            digests.add(LeafCodec.payloadDigest("{\"n\":" + i + "}"));
            times.add(java.time.Instant.ofEpochSecond(1_795_000_000L + i * 7L, i * 1000L).toString());
        }
        String[] types = {"triage.message.classified", "triage.handoff.created", "review.draft.approved",
            "review.draft.rejected", "audit.checkpoint.signed"};
        String[] sources = {"triage-service", "content-review-service", "audit-service"};
        LeafFields[] out = new LeafFields[n];
        for (int i = 0; i < n; i++) {
            boolean ai = random.nextBoolean();
            out[i] = new LeafFields(i, sources[random.nextInt(sources.length)], ids.get(random.nextInt(4096)),
                    types[random.nextInt(types.length)], "subj-" + ids.get(random.nextInt(4096)).substring(0, 16),
                    ids.get(random.nextInt(4096)), ai ? "ai" : "human", ai ? "rules-1.0" : "agent-17",
                    times.get(random.nextInt(4096)), times.get(random.nextInt(4096)), digests.get(random.nextInt(4096)));
        }
        return out;
    }
}
