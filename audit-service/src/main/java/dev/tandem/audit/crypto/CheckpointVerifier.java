package dev.tandem.audit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;

/**
 * Verifies C2SP signed-note checkpoints against one verifier key. Signature lines of other keys (e.g. witness
 * cosignatures) are ignored; a line of this key must be present and verify. Thread-safe.
 */
public final class CheckpointVerifier {

    private static final int MAX_NOTE_BYTES = 1 << 20;
    private static final int MAX_SIGNATURES = 100;

    private final VerifierKey key;

    /** @throws IllegalArgumentException if {@code verifierKey} is not a valid Ed25519 note verifier key */
    public CheckpointVerifier(String verifierKey) {
        this.key = VerifierKey.parse(verifierKey);
    }

    /** The checkpoint in {@code note} if it is well formed and signed by this key. */
    public Checkpoint verify(String note) throws InvalidCheckpointException {
        return Checkpoint.parseBody(open(note));
    }

    /**
     * The text of a signed note carrying a valid signature by this key. As in Go's note.Open, the first signature
     * line with this key's name and key hash decides; lines of other keys are ignored.
     */
    String open(String note) {
        if (note == null || note.length() > MAX_NOTE_BYTES || !note.endsWith("\n")) {
            throw new InvalidCheckpointException("signed note is missing, too large or does not end with a newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || split + 2 >= note.length()) {
            throw new InvalidCheckpointException("signed note has no signature lines after a blank line");
        }
        String body = note.substring(0, split + 1);
        CheckpointSigner.checkText(body);
        String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new InvalidCheckpointException("signed note has more than " + MAX_SIGNATURES + " signatures");
        }
        Boolean verdict = null;
        for (String line : lines) {
            boolean ours = parseLine(line);
            if (ours && verdict == null) {
                verdict = signatureVerifies(line, body);
            }
        }
        if (verdict == null) {
            throw new InvalidCheckpointException("no signature by " + key.name());
        }
        if (!verdict) {
            throw new InvalidCheckpointException("signature by " + key.name() + " does not verify");
        }
        return body;
    }

    /** Validates a signature line's syntax; true if it carries this key's name and key hash. */
    private boolean parseLine(String line) {
        byte[] blob = signatureBlob(line);
        String name = line.substring(CheckpointSigner.SIGNATURE_PREFIX.length(), line.lastIndexOf(' '));
        return name.equals(key.name()) && Arrays.equals(blob, 0, 4, key.keyHash(), 0, 4);
    }

    private boolean signatureVerifies(String line, String body) {
        byte[] blob = signatureBlob(line);
        if (blob.length != 4 + 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.publicKey());
            verifier.update(body.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(blob, 4, 64);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] signatureBlob(String line) {
        if (!line.startsWith(CheckpointSigner.SIGNATURE_PREFIX)) {
            throw new InvalidCheckpointException("malformed signature line");
        }
        String[] parts = line.substring(CheckpointSigner.SIGNATURE_PREFIX.length()).split(" ", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw new InvalidCheckpointException("malformed signature line");
        }
        byte[] blob;
        try {
            blob = ProofCodec.fromBase64(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidCheckpointException("signature is not base64", e);
        }
        if (blob.length < 5) {
            throw new InvalidCheckpointException("signature too short");
        }
        return blob;
    }
}
