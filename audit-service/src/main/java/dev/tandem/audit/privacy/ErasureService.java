package dev.tandem.audit.privacy;

import dev.tandem.audit.AuditConfig;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Erasure (right to be forgotten) and retention. Both drop payloads only: every leaf and digest stays,
 * so the tree, the checkpoints and every proof still verify afterwards.
 */
@ApplicationScoped
class ErasureService {

    /** Emitted for every erasure; the log records it like any other event. */
    static final String COMPLETED = "audit.erasure.completed";
    /** EU AI Act Art. 26(6): logs are kept for at least six months. */
    static final Duration MINIMUM_RETENTION = Duration.ofDays(183);

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    private final SubjectKeys keys;
    private final PayloadEraser eraser;
    private final ErasureRepository repository;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Duration retention;

    ErasureService(SubjectKeys keys, PayloadEraser eraser, ErasureRepository repository, EventOutbox outbox,
                   Clock clock, AuditConfig config) {
        if (config.retention().compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("tandem.audit.retention must be at least " + MINIMUM_RETENTION);
        }
        this.keys = keys;
        this.eraser = eraser;
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
        this.retention = config.retention();
    }

    ErasureResponse erase(ErasureRequest request, String requestedBy) {
        Erasure erasure = QuarkusTransaction.requiringNew().call(() -> eraseInTransaction(request, requestedBy));
        keys.evict(request.dataSubject());
        return ErasureResponse.of(erasure);
    }

    @Transactional
    ErasureResponse get(String id) {
        return repository.findByIdOptional(id).map(ErasureResponse::of)
                .orElseThrow(() -> new NotFoundException("Erasure", id));
    }

    @Scheduled(every = "${tandem.audit.retention-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyRetention() {
        long dropped = dropExpired(clock.instant());
        if (dropped > 0) {
            LOG.infof("retention dropped the payloads of %d entries", dropped);
        }
    }

    /** Drops readable payloads of entries whose event time is more than the retention period before {@code now}. */
    long dropExpired(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> eraser.dropPayloadsBefore(now.minus(retention)));
    }

    private Erasure eraseInTransaction(ErasureRequest request, String requestedBy) {
        keys.destroy(request.dataSubject());
        Erasure erasure = new Erasure();
        erasure.id = TimeOrderedUuid.next();
        erasure.dataSubject = request.dataSubject();
        erasure.reason = request.reason();
        erasure.requestedBy = requestedBy;
        erasure.requestedAt = clock.instant();
        erasure.entriesAffected = eraser.dropContent(request.dataSubject());
        repository.persist(erasure);
        outbox.record(COMPLETED, erasure.id, erasure.id, Actor.human(requestedBy),
                new ErasureCompleted(erasure.id, erasure.dataSubject, erasure.entriesAffected, requestedBy));
        return erasure;
    }

    /** Data of {@code audit.erasure.completed}. */
    record ErasureCompleted(String erasureId, String dataSubject, long entriesAffected, String requestedBy) {
    }
}
