package dev.tandem.audit.crypto;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A C2SP tlog-checkpoint: origin, tree size and root hash, plus a {@code time <ISO-8601>} extension line.
 * {@code time} may be null (no extension line).
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant time) {

    private static final String TIME_PREFIX = "time ";

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rootHash, "rootHash");
        if (origin.isEmpty() || origin.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("origin must be a non-empty line without control characters");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative");
        }
        if (rootHash.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("rootHash must be " + Rfc6962.HASH_SIZE + " bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The checkpoint body: origin, size, base64 root, optional time extension line; every line ends in \n. */
    public String body() {
        StringBuilder sb = new StringBuilder()
                .append(origin).append('\n')
                .append(treeSize).append('\n')
                .append(ProofCodec.base64(rootHash)).append('\n');
        if (time != null) {
            sb.append(TIME_PREFIX).append(time).append('\n');
        }
        return sb.toString();
    }

    /** Parses a body produced by {@link #body()}; unknown extension lines are ignored. */
    public static Checkpoint parseBody(String body) {
        if (body == null || !body.endsWith("\n")) {
            throw new InvalidCheckpointException("checkpoint body must end with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new InvalidCheckpointException("checkpoint body needs origin, size and root hash lines");
        }
        for (String line : lines) {
            if (line.isEmpty()) {
                throw new InvalidCheckpointException("checkpoint body must not contain empty lines");
            }
        }
        long size = parseSize(lines[1]);
        byte[] root;
        try {
            root = ProofCodec.fromBase64(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidCheckpointException("root hash is not base64", e);
        }
        if (root.length != Rfc6962.HASH_SIZE) {
            throw new InvalidCheckpointException("root hash must be " + Rfc6962.HASH_SIZE + " bytes");
        }
        Instant time = null;
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].startsWith(TIME_PREFIX)) {
                if (time != null) {
                    throw new InvalidCheckpointException("duplicate time extension line");
                }
                time = parseTime(lines[i].substring(TIME_PREFIX.length()));
            }
        }
        return new Checkpoint(lines[0], size, root, time);
    }

    private static long parseSize(String line) {
        if (!line.matches("0|[1-9][0-9]{0,18}")) {
            throw new InvalidCheckpointException("tree size must be a decimal number without leading zeros");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new InvalidCheckpointException("tree size out of range", e);
        }
    }

    private static Instant parseTime(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCheckpointException("time extension is not an ISO-8601 instant", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && origin.equals(c.origin) && treeSize == c.treeSize
                && Arrays.equals(rootHash, c.rootHash) && Objects.equals(time, c.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash), time);
    }

    @Override
    public String toString() {
        return "Checkpoint[origin=" + origin + ", treeSize=" + treeSize + ", rootHash=" + ProofCodec.hex(rootHash)
                + ", time=" + time + "]";
    }
}
