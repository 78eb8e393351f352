package dev.tandem.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.events.CloudEvent;
import dev.tandem.platform.ids.TimeOrderedUuid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only way a service publishes an event: {@link #record} stores it in the caller's transaction, so
 * the event exists exactly when the state change does. {@link OutboxRelay} delivers it afterwards.
 */
@ApplicationScoped
public class EventOutbox {

    private final OutboxRepository repository;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;

    EventOutbox(OutboxRepository repository, ObjectMapper mapper, Clock clock,
                @ConfigProperty(name = "tandem.events.source") String source) {
        this.repository = repository;
        this.mapper = mapper;
        this.clock = clock;
        this.source = source;
    }

    /**
     * Records an event and returns its id. {@code data} is any Jackson-serialisable value (a record is
     * usual) and must already be free of contact details.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String record(String type, String subject, String correlationId, Actor actor, Object data) {
        Instant now = clock.instant();
        CloudEvent event = new CloudEvent(TimeOrderedUuid.next(), source, type, now, subject, correlationId,
                actor, null);
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.type = type;
        row.envelope = event.toJsonString(mapper, data);
        row.createdAt = now;
        row.nextAttemptAt = now;
        repository.persist(row);
        return event.id();
    }
}
