package dev.tandem.audit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) over a 32-byte leaf hash with a key derived from the checkpoint signing seed. Stored
 * next to every entry, it lets verification name an entry whose fields AND stored leaf hash a database
 * superuser rewrote together: without the service's key the new leaf's MAC cannot be forged. The padded key
 * blocks are hashed once; each MAC then costs two SHA-256 compressions. Thread-safe.
 */
public final class LeafMac {

    private static final byte[] LABEL = "tandem.audit leaf-mac v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 64;

    private final MessageDigest inner;
    private final MessageDigest outer;

    /** {@code secret} is the Ed25519 seed; the MAC key is SHA-256(label ‖ secret), never the seed itself. */
    public LeafMac(byte[] secret) {
        MessageDigest derive = Rfc6962.newSha256();
        derive.update(LABEL);
        byte[] key = Arrays.copyOf(derive.digest(secret), BLOCK);
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            ipad[i] = (byte) (key[i] ^ 0x36);
            opad[i] = (byte) (key[i] ^ 0x5c);
        }
        inner = Rfc6962.newSha256();
        inner.update(ipad);
        outer = Rfc6962.newSha256();
        outer.update(opad);
    }

    /** HMAC-SHA256(key, leafHash). */
    public byte[] mac(byte[] leafHash) {
        try {
            MessageDigest in = (MessageDigest) inner.clone();
            MessageDigest out = (MessageDigest) outer.clone();
            out.update(in.digest(leafHash));
            return out.digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable on every supported JDK", e);
        }
    }

    /** Constant-time comparison of a stored MAC with the one recomputed for {@code leafHash}. */
    public boolean matches(byte[] leafHash, byte[] storedMac) {
        return storedMac != null && MessageDigest.isEqual(mac(leafHash), storedMac);
    }
}
