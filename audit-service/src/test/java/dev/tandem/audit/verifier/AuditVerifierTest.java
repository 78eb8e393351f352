package dev.tandem.audit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointSigner;
import dev.tandem.audit.crypto.Ed25519Keys;
import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.crypto.LeafFields;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.crypto.RootAccumulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI entry point on export files written by the test, as an auditor would. */
class AuditVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CheckpointSigner SIGNER = new CheckpointSigner("audit.tandem.test",
            Ed25519Keys.fromSeed(seed(1)));
    private static final String KEY = SIGNER.verifierKey();

    @TempDir
    Path dir;

    private List<ExportEntry> entries;
    private String note;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createLog() {
        entries = new ArrayList<>();
        RootAccumulator root = new RootAccumulator();
        for (int seq = 0; seq < 37; seq++) {
            String payload = seq == 5 ? null : "{\"draftId\":\"d-" + seq + "\",\"text\":\"Grüße " + seq + "\"}";
            String digest = LeafCodec.payloadDigest(payload == null ? "erased-original" : payload);
            LeafFields fields = new LeafFields(seq, "content-review-service", "evt-" + seq, "review.draft.approved",
                    "subj-" + (seq % 4), seq % 3 == 0 ? null : "corr-" + (seq / 3), seq % 2 == 0 ? "ai" : "human",
                    seq % 2 == 0 ? "rules-1.0" : "reviewer-" + seq, "2026-11-23T05:00:" + (10 + seq) + "Z",
                    "2026-11-23T05:01:" + (10 + seq) + ".5Z", digest);
            byte[] leaf = LeafCodec.leafHash(fields);
            root.append(leaf);
            entries.add(ExportEntry.of(fields, ProofCodec.hex(leaf), payload));
        }
        note = SIGNER.sign(new Checkpoint("audit.tandem.test", entries.size(), root.root(),
                Instant.parse("2026-11-23T05:02:00Z")));
    }

    @Test
    void shouldAcceptValidExportWithCheckpointHeaderLine() throws Exception {
        Path export = writeExport(note, entries);
        assertThat(run("--export", export.toString(), "--key", KEY)).isEqualTo(AuditVerifier.VALID);
        assertThat(stdout()).startsWith("VALID: 37 entries; checkpoint audit.tandem.test size 37 root ");
    }

    @Test
    void shouldAcceptValidExportWithSeparateCheckpointFileAndKeyFile() throws Exception {
        Path export = writeExport(null, entries);
        Path checkpoint = Files.writeString(dir.resolve("checkpoint.txt"), note);
        Path key = Files.writeString(dir.resolve("key.txt"), KEY + "\n");
        assertThat(run("--export", export.toString(), "--checkpoint", checkpoint.toString(), "--key-file",
                key.toString())).isEqualTo(AuditVerifier.VALID);
    }

    @Test
    void shouldNameFirstEntryWhoseFieldsWereChanged() throws Exception {
        tamper(12, e -> withField(e, "actor", "someone-else"));
        tamper(20, e -> withField(e, "type", "review.draft.rejected"));
        assertThat(run("--export", writeExport(note, entries).toString(), "--key", KEY))
                .isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).isEqualTo("INVALID: entry 12: leaf hash does not match its fields\n");
    }

    @Test
    void shouldNameEntryWhosePayloadWasChanged() throws Exception {
        tamper(7, e -> withField(e, "payload", e.payload().replace("Grüße", "Hello")));
        assertThat(run("--export", writeExport(note, entries).toString(), "--key", KEY))
                .isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).isEqualTo("INVALID: entry 7: payload does not match its payloadDigest\n");
    }

    @Test
    void shouldRejectExportWhoseLeafHashesWereRecomputedAfterTampering() throws Exception {
        tamper(30, e -> {
            ExportEntry changed = withField(e, "subject", "subj-forged");
            return withField(changed, "leafHash", ProofCodec.hex(LeafCodec.leafHash(changed.fields())));
        });
        assertThat(run("--export", writeExport(note, entries).toString(), "--key", KEY))
                .isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).contains("root of the first 37 entries does not match the checkpoint");
    }

    @Test
    void shouldRejectCheckpointSignedByAnotherKey() throws Exception {
        String otherKey = new CheckpointSigner("audit.tandem.test", Ed25519Keys.fromSeed(seed(2))).verifierKey();
        assertThat(run("--export", writeExport(note, entries).toString(), "--key", otherKey))
                .isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).startsWith("INVALID: checkpoint rejected: no signature by audit.tandem.test");
    }

    @Test
    void shouldRejectTamperedCheckpointBody() throws Exception {
        String forged = note.replace("\n37\n", "\n36\n");
        assertThat(run("--export", writeExport(forged, entries.subList(0, 36)).toString(), "--key", KEY))
                .isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).contains("checkpoint rejected");
    }

    @Test
    void shouldRejectMissingOrReorderedEntries() throws Exception {
        List<ExportEntry> gap = new ArrayList<>(entries);
        gap.remove(9);
        assertThat(run("--export", writeExport(note, gap).toString(), "--key", KEY)).isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).isEqualTo("INVALID: entry 9: expected seq 9 but found 10\n");
        out.reset();
        assertThat(run("--export", writeExport(note, entries.subList(0, 30)).toString(), "--key", KEY))
                .isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).contains("export has 30 entries but the checkpoint covers 37");
    }

    @Test
    void shouldRejectMalformedEntryLines() throws Exception {
        Path export = writeExport(note, entries);
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        lines.set(4, lines.get(4).replace("\"eventTime\"", "\"eventTimeX\""));
        Files.write(export, lines);
        assertThat(run("--export", export.toString(), "--key", KEY)).isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).isEqualTo("INVALID: entry 3: missing field eventTime\n");
        lines.set(4, "{not json");
        Files.write(export, lines);
        out.reset();
        assertThat(run("--export", export.toString(), "--key", KEY)).isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).isEqualTo("INVALID: entry 3: line is not a JSON object\n");
    }

    @Test
    void shouldRejectDuplicateOrWronglyTypedFields() throws Exception {
        Path export = writeExport(note, entries);
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        String original = lines.get(3);
        String[][] cases = {
            {original.replace("{\"seq\":2,", "{\"seq\":2,\"actor\":\"x\","), "INVALID: entry 2: duplicate field actor"},
            {original.replace("{\"seq\":2,", "{\"seq\":\"2\","), "INVALID: entry 2: field seq has the wrong type"},
            {original.replace("\"actorType\":\"ai\"", "\"actorType\":1"),
                "INVALID: entry 2: field actorType has the wrong type"},
            {original.replaceAll("\"leafHash\":\"[0-9a-f]+\"", "\"leafHash\":null"),
                "INVALID: entry 2: field leafHash has the wrong type"},
            {original.replaceAll("\"leafHash\":\"[0-9a-f]+\"", "\"leafHash\":\"abcd\""),
                "INVALID: entry 2: leafHash is not a 32-byte hex hash"},
            {original + " {}", "INVALID: entry 2: line is not a JSON object"},
        };
        for (String[] c : cases) {
            assertThat(c[0]).isNotEqualTo(original);
            lines.set(3, c[0]);
            Files.write(export, lines);
            out.reset();
            assertThat(run("--export", export.toString(), "--key", KEY)).as(c[0]).isEqualTo(AuditVerifier.INVALID);
            assertThat(stdout()).isEqualTo(c[1] + "\n");
        }
    }

    @Test
    void shouldIgnoreUnknownFieldsAndBlankLines() throws Exception {
        Path export = writeExport(note, entries);
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        lines.set(3, lines.get(3).replace("{\"seq\":2,", "{\"seq\":2,\"extra\":{\"a\":[1,2]},"));
        lines.add("");
        Files.write(export, lines);
        assertThat(run("--export", export.toString(), "--key", KEY)).isEqualTo(AuditVerifier.VALID);
    }

    @Test
    void shouldRejectHeaderThatDiffersFromGivenCheckpoint() throws Exception {
        String older = SIGNER.sign(new Checkpoint("audit.tandem.test", 1, ProofCodec.hashFromHex(
                entries.get(0).leafHash()), Instant.parse("2026-11-23T05:00:00Z")));
        Path checkpoint = Files.writeString(dir.resolve("cp.txt"), older);
        assertThat(run("--export", writeExport(note, entries).toString(), "--checkpoint", checkpoint.toString(),
                "--key", KEY)).isEqualTo(AuditVerifier.INVALID);
        assertThat(stdout()).contains("differs from --checkpoint");
    }

    @Test
    void shouldVerifyPrefixAgainstOlderCheckpointAndSayWhatIsNotCovered() throws Exception {
        RootAccumulator root = new RootAccumulator();
        entries.subList(0, 20).forEach(e -> root.append(ProofCodec.hashFromHex(e.leafHash())));
        String older = SIGNER.sign(new Checkpoint("audit.tandem.test", 20, root.root(), null));
        Path checkpoint = Files.writeString(dir.resolve("cp.txt"), older);
        assertThat(run("--export", writeExport(null, entries).toString(), "--checkpoint", checkpoint.toString(),
                "--key", KEY)).isEqualTo(AuditVerifier.VALID);
        assertThat(stdout()).contains("size 20").contains("17 entries after the checkpoint are not covered");
    }

    @Test
    void shouldExitWithUsageOnBadArguments() throws Exception {
        assertThat(run()).isEqualTo(AuditVerifier.USAGE);
        assertThat(run("--export", "x.jsonl")).isEqualTo(AuditVerifier.USAGE);
        assertThat(run("--export", "x.jsonl", "--key", KEY, "--bogus", "1")).isEqualTo(AuditVerifier.USAGE);
        assertThat(run("--export", dir.resolve("missing.jsonl").toString(), "--key", KEY))
                .isEqualTo(AuditVerifier.USAGE);
        assertThat(run("--export", writeExport(note, entries).toString(), "--key", "not-a-key"))
                .isEqualTo(AuditVerifier.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("bad verifier key");
        assertThat(out.size()).isZero();
    }

    private int run(String... args) {
        return AuditVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private void tamper(int seq, UnaryOperator<ExportEntry> change) {
        entries.set(seq, change.apply(entries.get(seq)));
    }

    private Path writeExport(String checkpoint, List<ExportEntry> lines) throws Exception {
        StringBuilder sb = new StringBuilder();
        if (checkpoint != null) {
            sb.append(JSON.writeValueAsString(Map.of("checkpoint", checkpoint))).append('\n');
        }
        for (ExportEntry e : lines) {
            sb.append(JSON.writeValueAsString(e)).append('\n');
        }
        return Files.writeString(Files.createTempFile(dir, "export", ".jsonl"), sb.toString());
    }

    @SuppressWarnings("unchecked")
    private static ExportEntry withField(ExportEntry e, String field, String value) {
        Map<String, Object> map = JSON.convertValue(e, Map.class);
        map.put(field, value);
        return JSON.convertValue(map, ExportEntry.class);
    }

    private static byte[] seed(int value) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) value);
        return seed;
    }
}
