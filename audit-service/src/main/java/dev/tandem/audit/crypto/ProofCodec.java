package dev.tandem.audit.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Hex and base64 conversions for hashes and proofs as they appear in JSON and checkpoints. */
public final class ProofCodec {

    private static final HexFormat HEX = HexFormat.of();

    private ProofCodec() {
    }

    /** Lowercase hex. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Parses hex (either case); throws IllegalArgumentException on bad input. */
    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    /** Parses a 32-byte hash in hex; throws IllegalArgumentException on bad input or wrong length. */
    public static byte[] hashFromHex(String hex) {
        byte[] hash = fromHex(hex);
        if (hash.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("hash must be " + Rfc6962.HASH_SIZE + " bytes, got " + hash.length);
        }
        return hash;
    }

    /** Standard base64 with padding. */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Parses standard base64; throws IllegalArgumentException on bad input. */
    public static byte[] fromBase64(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    /** Each proof node as lowercase hex, in proof order. */
    public static List<String> toHex(List<byte[]> proof) {
        List<String> out = new ArrayList<>(proof.size());
        for (byte[] node : proof) {
            out.add(hex(node));
        }
        return out;
    }

    /** Inverse of {@link #toHex(List)}; every node must be a 32-byte hash. */
    public static List<byte[]> fromHexList(List<String> proof) {
        List<byte[]> out = new ArrayList<>(proof.size());
        for (String node : proof) {
            out.add(hashFromHex(node));
        }
        return out;
    }
}
