package dev.tandem.audit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Ed25519 keys from raw seeds and raw public keys, and the signed-note verifier key string for them. */
public final class Ed25519Keys {

    /** Signature algorithm byte of Ed25519 in signed notes. */
    static final byte ALG_ED25519 = 0x01;

    private static final int RAW_LENGTH = 32;
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (OID 1.3.101.112) followed by the 32 raw bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    /** The key pair whose RFC 8032 private key (seed) is the given 32 bytes. */
    public static KeyPair fromSeed(byte[] seed32) {
        if (seed32 == null || seed32.length != RAW_LENGTH) {
            throw new IllegalArgumentException("Ed25519 seed must be 32 bytes");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed32));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by Java 15+", e);
        }
    }

    /** {@link #fromSeed(byte[])} of a standard base64 seed, e.g. from configuration. */
    public static KeyPair fromBase64Seed(String base64Seed) {
        byte[] seed;
        try {
            seed = ProofCodec.fromBase64(base64Seed.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ed25519 seed is not valid base64", e);
        }
        return fromSeed(seed);
    }

    /** The 32-byte RFC 8032 encoding of an Ed25519 public key. */
    public static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + RAW_LENGTH
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** The Ed25519 public key with the given 32-byte RFC 8032 encoding. */
    public static PublicKey publicKeyFromRaw(byte[] raw) {
        if (raw == null || raw.length != RAW_LENGTH) {
            throw new IllegalArgumentException("Ed25519 public key must be 32 bytes");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_LENGTH);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, RAW_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid Ed25519 public key", e);
        }
    }

    /** Signed-note key hash: the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ raw public key). */
    public static byte[] keyHash(String keyName, PublicKey key) {
        checkKeyName(keyName);
        byte[] name = keyName.getBytes(StandardCharsets.UTF_8);
        byte[] raw = rawPublicKey(key);
        byte[] input = new byte[name.length + 2 + raw.length];
        System.arraycopy(name, 0, input, 0, name.length);
        input[name.length] = '\n';
        input[name.length + 1] = ALG_ED25519;
        System.arraycopy(raw, 0, input, name.length + 2, raw.length);
        return Arrays.copyOf(Rfc6962.sha256(input), 4);
    }

    /** The signed-note verifier key {@code <name>+<hex key hash>+<base64(0x01 ‖ public key)>}. */
    public static String verifierKey(String keyName, PublicKey key) {
        byte[] raw = rawPublicKey(key);
        byte[] typed = new byte[1 + raw.length];
        typed[0] = ALG_ED25519;
        System.arraycopy(raw, 0, typed, 1, raw.length);
        return keyName + "+" + HexFormat.of().formatHex(keyHash(keyName, key)) + "+" + ProofCodec.base64(typed);
    }

    /** The public key of a verifier key string; checks the algorithm byte and that the key hash matches. */
    public static PublicKey parseVerifierKey(String verifierKey) {
        return VerifierKey.parse(verifierKey).publicKey();
    }

    static void checkKeyName(String keyName) {
        if (keyName == null || keyName.isEmpty() || keyName.contains("+")
                || keyName.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp))) {
            throw new IllegalArgumentException("key name must be non-empty without spaces or '+'");
        }
    }

    /** A "random" source that hands out the fixed seed: the JDK derives the key pair from the bytes it draws. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("unexpected draw of " + out.length + " bytes");
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
