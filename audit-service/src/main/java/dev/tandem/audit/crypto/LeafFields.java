package dev.tandem.audit.crypto;

/**
 * Everything one audit log entry commits to. Times are ISO-8601 strings exactly as stored; {@code payloadDigest}
 * is the lowercase hex SHA-256 of the exact stored payload bytes. Any string may be null.
 */
public record LeafFields(
        long seq,
        String source,
        String eventId,
        String type,
        String subject,
        String correlationId,
        String actorType,
        String actor,
        String eventTime,
        String recordedAt,
        String payloadDigest) {
}
