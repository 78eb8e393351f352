package dev.tandem.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.outbox.OutboxEvent;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The events the service recorded in its outbox, as CloudEvents JSON, for assertions. */
@ApplicationScoped
public class RecordedEvents {

    private final OutboxRepository outbox;
    private final ObjectMapper mapper;

    RecordedEvents(OutboxRepository outbox, ObjectMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /** Events of this type about one customer message (its correlation id), oldest first. */
    public List<JsonNode> of(String type, String correlationId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox
                .list("type = ?1 and envelope like ?2 order by id", type, "%\"correlationid\":\"" + correlationId + "\"%")
                .stream().map(this::parse).toList());
    }

    public JsonNode single(String type, String correlationId) {
        List<JsonNode> events = of(type, correlationId);
        if (events.size() != 1) {
            throw new AssertionError("expected one " + type + " for " + correlationId + " but found " + events.size());
        }
        return events.get(0);
    }

    private JsonNode parse(OutboxEvent e) {
        try {
            return mapper.readTree(e.envelope);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
