package dev.tandem.triage.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The production setting of the outbox (tests otherwise keep published events to assert on them): an
 * event is deleted from the table once the broker has confirmed it, and the relay vacuums the table
 * after every so many (here: every one).
 */
@QuarkusTest
@TestProfile(OutboxDeleteOnConfirmTest.DeleteOnConfirm.class)
class OutboxDeleteOnConfirmTest {

    public static class DeleteOnConfirm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.outbox.retain-sent", "PT0S", "tandem.outbox.vacuum-every", "1");
        }
    }

    private static final String PROBE_QUEUE = "triage-test.outbox-delete-probe";

    @Inject
    EventOutbox outbox;
    @Inject
    OutboxRepository outboxRepository;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "tandem.events.exchange")
    String exchange;

    @Test
    void shouldDeleteEventOnceTheBrokerConfirmedIt() throws Exception {
        try (Connection connection = Broker.connect();
             Channel channel = Broker.probe(connection, exchange, PROBE_QUEUE, "triage.test.deleted")) {
            channel.queuePurge(PROBE_QUEUE);

            String eventId = QuarkusTransaction.requiringNew().call(() -> outbox.record("triage.test.deleted",
                    "probe-subject", "probe-correlation", Actor.system("outbox-test"), Map.of("note", "bye")));

            await().atMost(Duration.ofSeconds(20)).until(() -> rows(eventId) == 0);
            GetResponse delivery = await().atMost(Duration.ofSeconds(5))
                    .until(() -> channel.basicGet(PROBE_QUEUE, true), r -> r != null);
            assertThat(mapper.readTree(delivery.getBody()).get("id").asText()).isEqualTo(eventId);
            assertThat(delivery.getProps().getDeliveryMode()).isEqualTo(2);
            channel.queueDelete(PROBE_QUEUE);
        }
    }

    @Test
    void shouldVacuumTheTableAfterPublishing() {
        long before = vacuums();
        String eventId = QuarkusTransaction.requiringNew().call(() -> outbox.record("triage.test.vacuumed",
                "probe-subject", "probe-correlation", Actor.system("outbox-test"), Map.of("note", "gone")));

        await().atMost(Duration.ofSeconds(20)).until(() -> rows(eventId) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> vacuums() > before);
    }

    /** How often the outbox table of this schema has been vacuumed by hand (not by autovacuum). */
    private long vacuums() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(vacuum_count), 0) from pg_stat_user_tables"
                        + " where relname = 'outbox_event' and schemaname = current_schema()")
                .getSingleResult()).longValue());
    }

    private long rows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> outboxRepository.count("eventId", eventId));
    }
}
