package dev.tandem.audit.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 6962 / RFC 9162 hashing with domain separation: leaves get a 0x00 prefix, interior nodes 0x01. */
public final class Rfc6962 {

    /** Length in bytes of every hash in the tree. */
    public static final int HASH_SIZE = 32;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Rfc6962::newSha256);
    private static final byte[] EMPTY_ROOT = newSha256().digest();

    private Rfc6962() {
    }

    /** SHA-256(0x00 ‖ entry). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest md = SHA256.get();
        md.update((byte) 0x00);
        md.update(entry);
        return md.digest();
    }

    /** SHA-256(0x01 ‖ left ‖ right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = SHA256.get();
        md.update((byte) 0x01);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    /** Root of the empty tree: SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** Plain SHA-256 of the given bytes (used for payload digests and note key hashes). */
    public static byte[] sha256(byte[] data) {
        MessageDigest md = SHA256.get();
        return md.digest(data);
    }

    static MessageDigest sha256Digest() {
        MessageDigest md = SHA256.get();
        md.reset();
        return md;
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
