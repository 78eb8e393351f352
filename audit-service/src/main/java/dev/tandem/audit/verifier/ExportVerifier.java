package dev.tandem.audit.verifier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointVerifier;
import dev.tandem.audit.crypto.InvalidCheckpointException;
import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.crypto.LeafFields;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.crypto.RootAccumulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.security.MessageDigest;

/**
 * Checks a JSONL export against a signed checkpoint with no server: signature, seq 0..n-1, every leaf hash
 * recomputed from its fields, every readable payload against its digest, and the root at the checkpoint size.
 */
public final class ExportVerifier {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();
    private final CheckpointVerifier checkpoints;

    /** @throws IllegalArgumentException if the verifier key is malformed */
    public ExportVerifier(String verifierKey) {
        this.checkpoints = new CheckpointVerifier(verifierKey);
    }

    /**
     * @param export          the export, one JSON object per line; the first line may be {"checkpoint": note}
     * @param checkpointNote  a separately supplied signed checkpoint, or null to use the export's first line
     */
    public VerificationResult verify(BufferedReader export, String checkpointNote) throws IOException {
        String first = nextLine(export);
        String headerNote = headerNote(first);
        if (checkpointNote == null && headerNote == null) {
            return VerificationResult.bad(0, null, null,
                    "no checkpoint: pass --checkpoint or start the export with a {\"checkpoint\": ...} line");
        }
        Checkpoint checkpoint;
        try {
            checkpoint = checkpoints.verify(checkpointNote != null ? checkpointNote : headerNote);
            if (checkpointNote != null && headerNote != null && !checkpoints.verify(headerNote).equals(checkpoint)) {
                return VerificationResult.bad(0, null, checkpoint, "export's checkpoint line differs from --checkpoint");
            }
        } catch (InvalidCheckpointException e) {
            return VerificationResult.bad(0, null, null, "checkpoint rejected: " + e.getMessage());
        }
        RootAccumulator root = new RootAccumulator();
        long seq = 0;
        String line = headerNote == null ? first : nextLine(export);
        for (; line != null; line = nextLine(export), seq++) {
            String problem;
            try {
                problem = check(EntryLine.parse(factory, line), seq, root, checkpoint.treeSize());
            } catch (EntryLine.MalformedLine e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                return VerificationResult.bad(seq, seq, checkpoint, "entry " + seq + ": " + problem);
            }
        }
        if (seq < checkpoint.treeSize()) {
            return VerificationResult.bad(seq, null, checkpoint,
                    "export has " + seq + " entries but the checkpoint covers " + checkpoint.treeSize());
        }
        if (!MessageDigest.isEqual(root.root(), checkpoint.rootHash())) {
            return VerificationResult.bad(seq, null, checkpoint,
                    "root of the first " + checkpoint.treeSize() + " entries does not match the checkpoint");
        }
        long uncovered = seq - checkpoint.treeSize();
        return VerificationResult.ok(seq, checkpoint, uncovered == 0 ? null
                : uncovered + " entries after the checkpoint are not covered by it");
    }

    /** Null if the entry is sound, otherwise the reason it is not. */
    private static String check(EntryLine entry, long expectedSeq, RootAccumulator root, long treeSize) {
        if (entry.seq != expectedSeq) {
            return "expected seq " + expectedSeq + " but found " + entry.seq;
        }
        LeafFields fields = entry.fields();
        byte[] leaf = LeafCodec.leafHash(fields);
        byte[] stated;
        try {
            stated = ProofCodec.hashFromHex(entry.leafHash());
        } catch (IllegalArgumentException e) {
            return "leafHash is not a 32-byte hex hash";
        }
        if (!MessageDigest.isEqual(leaf, stated)) {
            return "leaf hash does not match its fields";
        }
        String payload = entry.payload();
        if (payload != null && !LeafCodec.payloadDigest(payload).equals(fields.payloadDigest())) {
            return "payload does not match its payloadDigest";
        }
        if (expectedSeq < treeSize) {
            root.append(leaf);
        }
        return null;
    }

    private String headerNote(String line) {
        if (line == null || !line.contains("\"checkpoint\"")) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(line);
            JsonNode note = node != null && node.isObject() ? node.get("checkpoint") : null;
            return note != null && note.isTextual() ? note.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String nextLine(BufferedReader reader) throws IOException {
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isBlank());
        return line;
    }
}
