package dev.tandem.audit.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Canonical, unambiguous byte encoding of {@link LeafFields}: version byte 0x01, seq as int64 big-endian, then each
 * string field in record order as int32 big-endian byte length followed by its UTF-8 bytes (length -1 for null).
 */
public final class LeafCodec {

    /** Version byte that starts every encoded entry. */
    public static final byte VERSION = 0x01;

    private LeafCodec() {
    }

    /** The entry bytes whose {@link Rfc6962#leafHash(byte[])} is the Merkle leaf. */
    public static byte[] encode(LeafFields f) {
        byte[][] strings = {
            utf8(f.source()), utf8(f.eventId()), utf8(f.type()), utf8(f.subject()), utf8(f.correlationId()),
            utf8(f.actorType()), utf8(f.actor()), utf8(f.eventTime()), utf8(f.recordedAt()), utf8(f.payloadDigest())
        };
        int length = 1 + 8;
        for (byte[] s : strings) {
            length += 4 + (s == null ? 0 : s.length);
        }
        byte[] out = new byte[length];
        out[0] = VERSION;
        int pos = putLong(out, 1, f.seq());
        for (byte[] s : strings) {
            pos = putInt(out, pos, s == null ? -1 : s.length);
            if (s != null) {
                System.arraycopy(s, 0, out, pos, s.length);
                pos += s.length;
            }
        }
        return out;
    }

    /** Leaf hash of the entry: SHA-256(0x00 ‖ encode(fields)). */
    public static byte[] leafHash(LeafFields fields) {
        return Rfc6962.leafHash(encode(fields));
    }

    /** Lowercase hex SHA-256 of the exact stored payload bytes, as carried in {@link LeafFields#payloadDigest()}. */
    public static String payloadDigest(byte[] payload) {
        return ProofCodec.hex(Rfc6962.sha256(payload));
    }

    /** {@link #payloadDigest(byte[])} of the UTF-8 bytes of a payload text. */
    public static String payloadDigest(String payload) {
        return payloadDigest(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int putLong(byte[] out, int pos, long v) {
        for (int i = 7; i >= 0; i--) {
            out[pos++] = (byte) (v >>> (8 * i));
        }
        return pos;
    }

    private static int putInt(byte[] out, int pos, int v) {
        for (int i = 3; i >= 0; i--) {
            out[pos++] = (byte) (v >>> (8 * i));
        }
        return pos;
    }
}
