package dev.tandem.audit.log;

import dev.tandem.audit.crypto.LeafFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the append-only log. Written only by {@link AuditEntryRepository#insertAll}; read-only here. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public long seq;
    public String source;
    @Column(name = "event_id")
    public String eventId;
    public String type;
    public String subject;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "actor_type")
    public String actorType;
    public String actor;
    @Column(name = "event_time")
    public Instant eventTime;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "data_subject")
    public String dataSubject;
    public String payload;
    @Column(name = "content_cipher")
    public byte[] contentCipher;
    @Column(name = "payload_status")
    public String payloadStatus;
    @Column(name = "payload_digest")
    public String payloadDigest;
    @Column(name = "leaf_hash")
    public byte[] leafHash;
    /** HMAC of {@link #leafHash} under the service key (see {@code LeafMacs}); null only on pre-V2 rows. */
    @Column(name = "leaf_mac")
    public byte[] leafMac;

    public LeafFields leafFields() {
        return new LeafFields(seq, source, eventId, type, subject, correlationId, actorType, actor,
                LogTimes.format(eventTime), LogTimes.format(recordedAt), payloadDigest);
    }
}
