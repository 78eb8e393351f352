package dev.tandem.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** The events the service recorded in its outbox, read back as CloudEvents JSON. */
public final class RecordedEvents {

    private RecordedEvents() {
    }

    /** Every recorded event with this subject, oldest first. */
    public static List<JsonNode> about(OutboxRepository outbox, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.list("order by id").stream()
                .map(e -> ContentFixtures.json(e.envelope))
                .filter(e -> subject.equals(e.path("subject").asText()))
                .toList());
    }

    /** The types of the events about {@code subject}, oldest first. */
    public static List<String> typesAbout(OutboxRepository outbox, String subject) {
        return about(outbox, subject).stream().map(e -> e.path("type").asText()).toList();
    }

    /** The last event of {@code type} about {@code subject}. */
    public static JsonNode last(OutboxRepository outbox, String subject, String type) {
        List<JsonNode> matching = about(outbox, subject).stream().filter(e -> type.equals(e.path("type").asText()))
                .toList();
        if (matching.isEmpty()) {
            throw new AssertionError("no " + type + " event about " + subject);
        }
        return matching.get(matching.size() - 1);
    }
}
