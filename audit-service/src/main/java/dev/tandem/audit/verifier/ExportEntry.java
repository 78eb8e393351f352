package dev.tandem.audit.verifier;

import dev.tandem.audit.crypto.LeafFields;

/**
 * One entry line of a JSONL audit export: the committed fields, the leaf hash (lowercase hex) and the exact stored
 * payload text, or null once the payload was erased or expired. Serialises with Jackson to the line format that
 * {@link AuditVerifier} reads.
 */
public record ExportEntry(
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
        String payloadDigest,
        String leafHash,
        String payload) {

    /** Field names every entry line must carry (values may be null except seq and leafHash). */
    static final String[] REQUIRED = {
        "seq", "source", "eventId", "type", "subject", "correlationId", "actorType", "actor", "eventTime",
        "recordedAt", "payloadDigest", "leafHash", "payload"
    };

    public static ExportEntry of(LeafFields f, String leafHashHex, String payload) {
        return new ExportEntry(f.seq(), f.source(), f.eventId(), f.type(), f.subject(), f.correlationId(),
                f.actorType(), f.actor(), f.eventTime(), f.recordedAt(), f.payloadDigest(), leafHashHex, payload);
    }

    public LeafFields fields() {
        return new LeafFields(seq, source, eventId, type, subject, correlationId, actorType, actor, eventTime,
                recordedAt, payloadDigest);
    }
}
