package dev.tandem.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Remembers which events a consumer has processed, so a redelivered (source, id) pair is recognised as
 * a duplicate. Call {@link #firstDelivery} in the same transaction as the consumer's own writes.
 */
@ApplicationScoped
public class InboxRepository {

    private final EntityManager entityManager;
    private final Clock clock;

    InboxRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** True the first time this pair is seen; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String source, String eventId) {
        int inserted = entityManager.createNativeQuery("""
                insert into processed_event (source, event_id, processed_at) values (:source, :id, :at)
                on conflict do nothing""")
                .setParameter("source", source)
                .setParameter("id", eventId)
                .setParameter("at", clock.instant())
                .executeUpdate();
        return inserted == 1;
    }
}
