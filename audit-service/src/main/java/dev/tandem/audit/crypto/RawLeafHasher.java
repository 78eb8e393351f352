package dev.tandem.audit.crypto;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * {@link LeafCodec#leafHash(LeafFields)} straight from the UTF-8 bytes of the ten string fields (as a database
 * driver hands them over), into a reused buffer: no Strings, no per-entry encoding array. One instance per
 * thread.
 */
public final class RawLeafHasher {

    private final MessageDigest md = Rfc6962.newSha256();
    private byte[] buffer = new byte[1024];

    /** {@code fields} in {@link LeafFields} order after seq; null for a null field. Writes 32 bytes to {@code out}. */
    public void leafHash(long seq, byte[][] fields, byte[] out, int outOffset) {
        int[] offsets = new int[fields.length];
        int[] lengths = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lengths[i] = fields[i] == null ? -1 : fields[i].length;
        }
        leafHash(seq, fields, offsets, lengths, out, outOffset);
    }

    /**
     * As {@link #leafHash(long, byte[][], byte[], int)} with field i being {@code lengths[i]} bytes of
     * {@code sources[i]} from {@code offsets[i]} (length -1 for null), so fields can stay inside a received buffer.
     */
    public void leafHash(long seq, byte[][] sources, int[] offsets, int[] lengths, byte[] out, int outOffset) {
        int length = 2 + 8;
        for (int n : lengths) {
            length += 4 + Math.max(n, 0);
        }
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        byte[] b = buffer;
        b[0] = 0x00;
        b[1] = LeafCodec.VERSION;
        int pos = 2;
        for (int i = 7; i >= 0; i--) {
            b[pos++] = (byte) (seq >>> (8 * i));
        }
        for (int f = 0; f < lengths.length; f++) {
            int n = lengths[f];
            b[pos++] = (byte) (n >>> 24);
            b[pos++] = (byte) (n >>> 16);
            b[pos++] = (byte) (n >>> 8);
            b[pos++] = (byte) n;
            if (n > 0) {
                System.arraycopy(sources[f], offsets[f], b, pos, n);
                pos += n;
            }
        }
        md.update(b, 0, pos);
        try {
            md.digest(out, outOffset, Rfc6962.HASH_SIZE);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }
}
