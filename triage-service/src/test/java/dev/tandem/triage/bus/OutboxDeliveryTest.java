package dev.tandem.triage.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.outbox.OutboxEvent;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event bus promise on a real broker: an event recorded in a transaction reaches the exchange as a
 * persistent CloudEvent, and one recorded while RabbitMQ is down is delivered once it is back.
 */
@QuarkusTest
class OutboxDeliveryTest {

    private static final String PROBE_QUEUE = "triage-test.outbox-probe";

    @Inject
    EventOutbox outbox;
    @Inject
    OutboxRepository outboxRepository;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "tandem.events.exchange")
    String exchange;

    private Connection connection;
    private Channel channel;

    @BeforeEach
    void bindProbeQueue() throws Exception {
        openChannel();
    }

    @AfterEach
    void close() throws Exception {
        Broker.ensureRunning();
        if (connection != null && connection.isOpen()) {
            connection.close();
        }
    }

    @Test
    void shouldPublishRecordedEventAsPersistentCloudEvent() throws Exception {
        String eventId = record("triage.test.probed");

        GetResponse delivery = awaitDelivery(eventId, Duration.ofSeconds(20));

        assertThat(delivery.getEnvelope().getRoutingKey()).isEqualTo("triage.test.probed");
        assertThat(delivery.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(delivery.getProps().getContentType()).isEqualTo("application/cloudevents+json");
        JsonNode body = mapper.readTree(delivery.getBody());
        assertThat(body.get("specversion").asText()).isEqualTo("1.0");
        assertThat(body.get("source").asText()).isEqualTo("/triage-service");
        assertThat(body.get("subject").asText()).isEqualTo("probe-subject");
        assertThat(body.get("correlationid").asText()).isEqualTo("probe-correlation");
        assertThat(body.get("actortype").asText()).isEqualTo("SYSTEM");
        assertThat(body.get("data").get("note").asText()).isEqualTo("hello");
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId) != null);
    }

    @Test
    void shouldDeliverEventRecordedWhileBrokerIsDownOnceItIsBack() throws Exception {
        connection.close();
        Broker.stop();
        String eventId;
        try {
            eventId = record("triage.test.outage");
            Thread.sleep(4000);
            assertThat(sentAt(eventId)).as("not sent while the broker is down").isNull();
            // Kubernetes must not restart a pod that is safely queueing events in its outbox.
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            Broker.start();
        }
        openChannel();

        GetResponse delivery = awaitDelivery(eventId, Duration.ofSeconds(90));

        assertThat(delivery.getProps().getDeliveryMode()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> sentAt(eventId) != null);
    }

    private String record(String type) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record(type, "probe-subject",
                "probe-correlation", Actor.system("outbox-test"), Map.of("note", "hello")));
    }

    private java.time.Instant sentAt(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> outboxRepository
                .find("eventId", eventId).firstResultOptional().map(e -> ((OutboxEvent) e).sentAt).orElse(null));
    }

    /** Polls the probe queue until the event with this id arrives; earlier probes are skipped. */
    private GetResponse awaitDelivery(String eventId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            GetResponse response = channel.basicGet(PROBE_QUEUE, true);
            if (response == null) {
                TimeUnit.MILLISECONDS.sleep(200);
                continue;
            }
            if (eventId.equals(mapper.readTree(response.getBody()).get("id").asText())) {
                return response;
            }
        }
        throw new AssertionError("event " + eventId + " was not delivered within " + timeout);
    }

    private void openChannel() throws Exception {
        connection = Broker.connect();
        channel = Broker.probe(connection, exchange, PROBE_QUEUE, "triage.test.#");
    }
}
