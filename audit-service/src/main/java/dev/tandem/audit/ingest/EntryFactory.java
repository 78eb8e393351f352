package dev.tandem.audit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.LogTimes;
import dev.tandem.audit.log.PayloadCodec;
import dev.tandem.audit.log.PayloadStatus;
import dev.tandem.audit.privacy.ContentCipher;
import dev.tandem.audit.privacy.SubjectKeys;
import dev.tandem.platform.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Turns a received event into a log entry: payload split and encrypted, digest and leaf hash computed. */
@ApplicationScoped
class EntryFactory {

    private final SubjectKeys keys;

    EntryFactory(SubjectKeys keys) {
        this.keys = keys;
    }

    /** Everything except seq, recorded time and leaf hash, which only the writer may assign. */
    AuditEntry prepare(ReceivedEvent received) {
        CloudEvent event = received.event();
        PayloadCodec.Split payload = PayloadCodec.split(received.document());
        AuditEntry e = new AuditEntry();
        e.source = event.source();
        e.eventId = event.id();
        e.type = event.type();
        e.subject = event.subject();
        e.correlationId = event.correlationId();
        e.actorType = event.actor().type().name();
        e.actor = event.actor().id();
        e.eventTime = LogTimes.truncate(event.time());
        e.dataSubject = dataSubject(received.document());
        e.payload = payload.redacted();
        e.payloadStatus = PayloadStatus.READABLE.name();
        if (payload.content() != null) {
            Optional<SecretKey> key = keys.forWriting(SubjectKeys.keyOwner(e.dataSubject));
            if (key.isPresent()) {
                e.contentCipher = ContentCipher.seal(key.get(), payload.content().getBytes(StandardCharsets.UTF_8),
                        SubjectKeys.associatedData(e.source, e.eventId));
            } else {
                e.payloadStatus = PayloadStatus.ERASED.name();
            }
        }
        e.payloadDigest = payload.digest();
        return e;
    }

    /** Gives a prepared entry its place in the log and computes its leaf hash. */
    static AuditEntry seal(AuditEntry e, long seq, Instant recordedAt) {
        e.seq = seq;
        e.recordedAt = LogTimes.truncate(recordedAt);
        e.leafHash = LeafCodec.leafHash(e.leafFields());
        return e;
    }

    private static String dataSubject(JsonNode document) {
        JsonNode value = document.path("data").get("dataSubject");
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
