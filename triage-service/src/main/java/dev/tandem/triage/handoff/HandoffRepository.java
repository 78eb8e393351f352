package dev.tandem.triage.handoff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Timeouts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class HandoffRepository implements PanacheRepositoryBase<Handoff, String> {

    Optional<Handoff> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The conversation's hand-off that is not resolved yet, if any. */
    Optional<Handoff> activeInConversation(String conversationId) {
        return find("conversationId = ?1 and status <> 'RESOLVED'", Sort.by("createdAt").descending(), conversationId)
                .firstResultOptional();
    }

    List<Handoff> search(String queue, String status, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (queue != null) {
            query.append(" and queue = :queue");
            params.and("queue", queue);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.toString(), Sort.by("priority").and("createdAt").and("id"), params)
                .page(Page.ofSize(limit)).list();
    }

    /**
     * Up to {@code limit} hand-offs whose SLA check is due, earliest first, locked for update; rows another
     * replica's checker holds are skipped, so each warning and breach is emitted once.
     */
    List<Handoff> lockDueForSlaCheck(Instant now, int limit) {
        return find("slaCheckAt <= ?1", Sort.by("slaCheckAt"), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .page(Page.ofSize(limit))
                .list();
    }

    /** Brings the next SLA check of every hand-off on this calendar whose clock runs forward to {@code at}. */
    int recheckSlaOn(String calendarId, Instant at) {
        return update("slaCheckAt = ?1 where calendarId = ?2 and slaCheckAt is not null", at, calendarId);
    }
}
