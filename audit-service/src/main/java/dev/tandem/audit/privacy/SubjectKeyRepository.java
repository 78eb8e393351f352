package dev.tandem.audit.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code subject_key} table: wrapped keys per data subject; a null key is an erasure tombstone. */
@ApplicationScoped
class SubjectKeyRepository {

    /** A stored row; {@code wrappedKey} is null once the subject was erased. */
    record StoredKey(byte[] wrappedKey) {
        boolean erased() {
            return wrappedKey == null;
        }
    }

    private final EntityManager entityManager;

    SubjectKeyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredKey> find(String dataSubject) {
        List<?> rows = entityManager.createNativeQuery(
                        "select wrapped_key from subject_key where data_subject = :subject")
                .setParameter("subject", dataSubject)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new StoredKey((byte[]) rows.get(0)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insertIfAbsent(String dataSubject, byte[] wrappedKey, Instant now) {
        entityManager.createNativeQuery("""
                        insert into subject_key (data_subject, wrapped_key, created_at) values (:subject, :key, :now)
                        on conflict (data_subject) do nothing""")
                .setParameter("subject", dataSubject)
                .setParameter("key", wrappedKey)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Destroys the subject's key, leaving a tombstone so later events about it are stored unreadable. */
    @Transactional(Transactional.TxType.MANDATORY)
    void destroy(String dataSubject, Instant now) {
        entityManager.createNativeQuery("""
                        insert into subject_key (data_subject, wrapped_key, created_at, erased_at)
                        values (:subject, null, :now, :now)
                        on conflict (data_subject) do update set wrapped_key = null, erased_at = excluded.erased_at""")
                .setParameter("subject", dataSubject)
                .setParameter("now", now)
                .executeUpdate();
    }
}
