package dev.tandem.audit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;

/** Signs checkpoints as C2SP signed notes with one Ed25519 key. Thread-safe. */
public final class CheckpointSigner {

    /** Prefix of every signature line: an em dash and a space. */
    static final String SIGNATURE_PREFIX = "\u2014 ";

    private final String keyName;
    private final PrivateKey privateKey;
    private final byte[] keyHash;
    private final String verifierKey;

    public CheckpointSigner(String keyName, KeyPair keyPair) {
        Ed25519Keys.checkKeyName(keyName);
        this.keyName = keyName;
        this.privateKey = keyPair.getPrivate();
        this.keyHash = Ed25519Keys.keyHash(keyName, keyPair.getPublic());
        this.verifierKey = Ed25519Keys.verifierKey(keyName, keyPair.getPublic());
    }

    /** The full signed note: body, blank line, one signature line. */
    public String sign(Checkpoint checkpoint) {
        return signText(checkpoint.body());
    }

    /** Signs any note text (non-empty, ending in a newline, no blank line) as a signed note. */
    String signText(String body) {
        checkText(body);
        byte[] signature = signBytes(body.getBytes(StandardCharsets.UTF_8));
        byte[] blob = new byte[keyHash.length + signature.length];
        System.arraycopy(keyHash, 0, blob, 0, keyHash.length);
        System.arraycopy(signature, 0, blob, keyHash.length, signature.length);
        return body + "\n" + SIGNATURE_PREFIX + keyName + " " + ProofCodec.base64(blob) + "\n";
    }

    /** Note text rules: non-empty, ends in a newline, no blank line, no control characters except newline. */
    static void checkText(String text) {
        if (text.isEmpty() || !text.endsWith("\n") || text.contains("\n\n") || text.startsWith("\n")) {
            throw new InvalidCheckpointException("note text must be non-empty lines each ending in a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f) {
                throw new InvalidCheckpointException("note text must not contain control characters");
            }
        }
    }

    /** The verifier key string to publish for this signer. */
    public String verifierKey() {
        return verifierKey;
    }

    public String keyName() {
        return keyName;
    }

    private byte[] signBytes(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
