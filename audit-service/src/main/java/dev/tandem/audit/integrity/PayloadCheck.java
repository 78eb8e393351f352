package dev.tandem.audit.integrity;

import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.AuditEntryRepository;
import dev.tandem.audit.privacy.PayloadReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Decrypts every readable payload and checks it against the digest its leaf commits to. */
@ApplicationScoped
class PayloadCheck {

    private final AuditEntryRepository entries;
    private final PayloadReader payloads;

    PayloadCheck(AuditEntryRepository entries, PayloadReader payloads) {
        this.entries = entries;
        this.payloads = payloads;
    }

    /** Returns {payloads checked, payloads withheld (erased or expired)}. */
    long[] run(long size, VerifyService.Findings findings) {
        long[] counts = new long[2];
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> entries.forEachEntry(size, true, e -> {
            Optional<String> plaintext;
            try {
                plaintext = payloads.plaintext(e);
            } catch (IllegalStateException undecryptable) {
                findings.invalid(e.seq, "PAYLOAD_UNDECRYPTABLE");
                return;
            }
            if (plaintext.isEmpty()) {
                counts[1]++;
                return;
            }
            counts[0]++;
            if (!LeafCodec.payloadDigest(plaintext.get()).equals(e.payloadDigest)) {
                findings.invalid(e.seq, "PAYLOAD_DIGEST_MISMATCH");
            }
        }));
        return counts;
    }
}
