package dev.tandem.audit.crypto;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/** A parsed signed-note verifier key: name, 4-byte key hash and Ed25519 public key. */
record VerifierKey(String name, byte[] keyHash, PublicKey publicKey) {

    static VerifierKey parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("verifier key is missing");
        }
        String[] parts = text.trim().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("verifier key must be <name>+<hash>+<key>");
        }
        Ed25519Keys.checkKeyName(parts[0]);
        byte[] hash;
        byte[] typed;
        try {
            hash = HexFormat.of().parseHex(parts[1]);
            typed = ProofCodec.fromBase64(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verifier key has a malformed hash or key", e);
        }
        if (hash.length != 4 || typed.length != 33 || typed[0] != Ed25519Keys.ALG_ED25519) {
            throw new IllegalArgumentException("verifier key is not an Ed25519 signed-note key");
        }
        PublicKey key = Ed25519Keys.publicKeyFromRaw(Arrays.copyOfRange(typed, 1, typed.length));
        if (!Arrays.equals(hash, Ed25519Keys.keyHash(parts[0], key))) {
            throw new IllegalArgumentException("verifier key hash does not match its name and key");
        }
        return new VerifierKey(parts[0], hash, key);
    }
}
