package dev.tandem.audit.privacy;

import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.PayloadCodec;
import dev.tandem.audit.log.PayloadStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Rebuilds the exact plaintext payload of an entry, while its payload and its subject's key still exist. */
@ApplicationScoped
public class PayloadReader {

    private final SubjectKeys keys;

    PayloadReader(SubjectKeys keys) {
        this.keys = keys;
    }

    /** The canonical payload text whose SHA-256 is the entry's payload digest; empty once erased or expired. */
    public Optional<String> plaintext(AuditEntry entry) {
        if (!PayloadStatus.READABLE.name().equals(entry.payloadStatus) || entry.payload == null) {
            return Optional.empty();
        }
        if (entry.contentCipher == null) {
            return Optional.of(entry.payload);
        }
        Optional<SecretKey> key = keys.forReading(SubjectKeys.keyOwner(entry.dataSubject));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] content = ContentCipher.open(key.get(), entry.contentCipher,
                SubjectKeys.associatedData(entry.source, entry.eventId));
        return Optional.of(PayloadCodec.merge(entry.payload, new String(content, StandardCharsets.UTF_8)));
    }
}
