package dev.tandem.audit.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The only writer that may change log rows: it declares the transaction the erasure path
 * ({@code SET LOCAL tandem.erasure = 'on'}), and the database trigger still lets it drop payloads only.
 */
@ApplicationScoped
class PayloadEraser {

    private final EntityManager entityManager;

    PayloadEraser(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Drops the encrypted content of every entry about this data subject; returns how many entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    long dropContent(String dataSubject) {
        enterErasurePath();
        return entityManager.createNativeQuery("""
                        update audit_entry set content_cipher = null, payload_status = 'ERASED'
                        where data_subject = :subject and payload_status = 'READABLE' and content_cipher is not null""")
                .setParameter("subject", dataSubject)
                .executeUpdate();
    }

    /** Drops the whole payload of entries whose event time is before {@code cutoff}; hashes and fields stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    long dropPayloadsBefore(Instant cutoff) {
        enterErasurePath();
        return entityManager.createNativeQuery("""
                        update audit_entry set payload = null, content_cipher = null, payload_status = 'EXPIRED'
                        where event_time < :cutoff and payload_status <> 'EXPIRED'""")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private void enterErasurePath() {
        entityManager.createNativeQuery("select set_config('tandem.erasure', 'on', true)").getSingleResult();
    }
}
