package dev.tandem.audit.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointSigner;
import dev.tandem.audit.crypto.Ed25519Keys;
import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.crypto.LeafFields;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.crypto.RootAccumulator;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Offline verifier throughput (not a unit test): writes an n-entry JSONL export with ~300-byte payloads, then runs
 * the CLI on it. Run: java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.tandem.audit.verifier.ExportVerifierBenchmark /tmp/export-bench [n]
 */
public final class ExportVerifierBenchmark {

    private ExportVerifierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        CheckpointSigner signer = new CheckpointSigner("bench.tandem", Ed25519Keys.fromSeed(new byte[32]));
        ObjectMapper json = new ObjectMapper();
        Path export = dir.resolve("entries.jsonl");
        RootAccumulator root = new RootAccumulator();
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("body.tmp"), StandardCharsets.UTF_8)) {
            for (int seq = 0; seq < n; seq++) {
                String payload = "{\"specversion\":\"1.0\",\"id\":\"evt-" + seq + "\",\"source\":\"triage-service\","
                        + "\"type\":\"triage.message.classified\",\"time\":\"2026-11-23T05:00:00Z\",\"data\":{"
                        + "\"messageId\":\"m-" + seq + "\",\"intent\":\"billing\",\"confidence\":0.93,"
                        + "\"route\":\"auto-reply\",\"content\":{\"$encrypted\":\"AES-256-GCM\"}}}";
                LeafFields f = new LeafFields(seq, "triage-service", "evt-" + seq, "triage.message.classified",
                        "subj-" + (seq % 5000), "corr-" + (seq / 4), seq % 3 == 0 ? "human" : "ai",
                        seq % 3 == 0 ? "agent-7" : "rules-1.0", "2026-11-23T05:00:00Z",
                        "2026-11-23T05:00:00.123456Z", LeafCodec.payloadDigest(payload));
                byte[] leaf = LeafCodec.leafHash(f);
                root.append(leaf);
                out.write(json.writeValueAsString(ExportEntry.of(f, ProofCodec.hex(leaf), seq % 10 == 0 ? null
                        : payload)));
                out.write('\n');
            }
        }
        String note = signer.sign(new Checkpoint("bench.tandem", n, root.root(), Instant.now()));
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            out.write(json.writeValueAsString(Map.of("checkpoint", note)));
            out.write('\n');
            try (var lines = Files.newBufferedReader(dir.resolve("body.tmp"), StandardCharsets.UTF_8)) {
                lines.transferTo(out);
            }
        }
        Files.delete(dir.resolve("body.tmp"));
        Files.writeString(dir.resolve("key.txt"), signer.verifierKey() + "\n");
        System.out.printf("wrote %s (%,d bytes, %,d entries)%n", export, Files.size(export), n);
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            int code = AuditVerifier.run(new String[] {"--export", export.toString(), "--key", signer.verifierKey()},
                    System.out, System.err);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("run %d: exit %d, %.2f s = %,.0f entries/s%n", run, code, seconds, n / seconds);
        }
    }
}
