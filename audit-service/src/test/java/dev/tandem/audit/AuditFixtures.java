package dev.tandem.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.tandem.platform.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shared test data: CloudEvents as the producers write them, published to the module's test exchange with
 * the plain RabbitMQ client, and bearer tokens for each role.
 */
public final class AuditFixtures {

    public static final String EXCHANGE = "tandem.events.test-audit";
    public static final String QUEUE = "audit-test.events";
    public static final String DLQ = "audit-test.events.dlq";
    public static final ObjectMapper MAPPER = new ObjectMapper();

    public static final String AUDITOR = TestTokens.bearer("aud-1", "auditor");
    public static final String ADMIN = TestTokens.bearer("adm-1", "admin");
    public static final String PRIVACY_OFFICER = TestTokens.bearer("dpo-1", "privacy-officer");
    public static final String AGENT = TestTokens.bearer("agent-1", "agent");

    private AuditFixtures() {
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** A fresh customer pseudonym (32 hex characters, as triage writes them). */
    public static String pseudonym() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A CloudEvents 1.0 envelope with an empty data object to fill in. */
    public static ObjectNode event(String type, String subject, String correlationId, String actorType,
                                   String actor, Instant time) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", id());
        node.put("source", type.startsWith("content.") ? "/content-review-service" : "/triage-service");
        node.put("type", type);
        node.put("time", time.toString());
        node.put("subject", subject);
        node.put("datacontenttype", "application/json");
        node.put("correlationid", correlationId);
        node.put("actortype", actorType);
        node.put("actor", actor);
        node.putObject("data");
        return node;
    }

    /** triage.message.triaged with personal text in data.content and the customer's segment. */
    public static ObjectNode triaged(String messageId, String dataSubject, String route, String language,
                                     String region, String tier, Instant time, String body) {
        ObjectNode event = event("triage.message.triaged", messageId, messageId, "AI", "rules-1.0", time);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("messageId", messageId);
        data.put("dataSubject", dataSubject);
        ObjectNode segment = data.putObject("segment");
        segment.put("language", language);
        segment.put("region", region);
        segment.put("tier", tier);
        data.put("aiOptOut", false);
        data.put("route", route);
        data.put("intent", "BILLING");
        data.put("confidence", 0.87);
        ObjectNode content = data.putObject("content");
        content.put("subject", "Question about my invoice");
        content.put("body", body);
        return event;
    }

    public static ObjectNode replySent(String messageId, String dataSubject, boolean aiGenerated, boolean aiDisclosed,
                                       boolean aiOptOut, Instant time) {
        ObjectNode event = event("triage.reply.sent", "reply-" + id(), messageId,
                aiGenerated ? "AI" : "HUMAN", aiGenerated ? "rules-1.0" : "agent-7", time);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("messageId", messageId);
        data.put("dataSubject", dataSubject);
        data.put("aiOptOut", aiOptOut);
        data.put("aiGenerated", aiGenerated);
        data.put("aiDisclosed", aiDisclosed);
        data.put("sentBy", aiGenerated ? "AUTO" : "AGENT");
        data.putObject("content").put("text", "Thanks for writing to us.");
        return event;
    }

    public static byte[] bytes(ObjectNode event) {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A connection to the local broker with the test exchange declared. */
    public static final class Bus implements AutoCloseable {
        private final Connection connection;
        private final Channel channel;

        public Bus() throws Exception {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost("localhost");
            factory.setUsername("guest");
            factory.setPassword("guest");
            connection = factory.newConnection("audit-test");
            channel = connection.createChannel();
            channel.exchangeDeclare(EXCHANGE, "topic", true);
            channel.confirmSelect();
        }

        public void publish(ObjectNode event) throws Exception {
            publish(event.get("type").asText(), bytes(event));
        }

        /** Publishes persistent, as the outbox does, and waits for the broker's confirm. */
        public void publish(String routingKey, byte[] body) throws Exception {
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                    .contentType("application/cloudevents+json").deliveryMode(2).build();
            channel.basicPublish(EXCHANGE, routingKey, props, body);
            channel.waitForConfirmsOrDie(10_000);
        }

        public Channel channel() {
            return channel;
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }
}
