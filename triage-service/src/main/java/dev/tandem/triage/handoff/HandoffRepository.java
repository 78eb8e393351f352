package dev.tandem.triage.handoff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Timeouts;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class HandoffRepository implements PanacheRepositoryBase<Handoff, String> {

    private static final String RUNNING_CLOCKS =
            "status <> 'RESOLVED' and (firstResponseBreached = false or resolutionBreached = false)";


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
     * Hand-offs with an SLA clock that may still warn or breach, locked; rows another replica's checker
     * holds are skipped, so each warning and breach is emitted once.
     */
    /**
     * The checker's scan: every hand-off whose SLA clocks still run, read only (no row locks, no change
     * tracking), so a check that finds nothing due writes nothing.
     */
    List<Handoff> scanRunningClocks() {
        return find(RUNNING_CLOCKS).withHint("org.hibernate.readOnly", true).list();
    }

    /** These hand-offs, if their clocks still run, locked for update; rows another checker holds are skipped. */
    List<Handoff> lockRunningClocks(Collection<String> ids) {
        return find("id in ?1 and " + RUNNING_CLOCKS, ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .list();
    }
}
