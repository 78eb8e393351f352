package dev.tandem.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.tandem.triage.template.ApprovedTemplates;
import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes {@code content.template.published} events to the module's test exchange through the real broker. */
public final class TemplateFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TemplateFixtures() {
    }

    public static ObjectNode templateEvent(String templateId, String intent, String language, String text, int revision) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/content-review-service");
        event.put("type", "content.template.published");
        event.put("time", Instant.now().toString());
        event.put("subject", "draft-" + templateId);
        event.put("datacontenttype", "application/json");
        event.put("correlationid", "draft-" + templateId);
        event.put("actortype", "HUMAN");
        event.put("actor", "reviewer-rita");
        ObjectNode data = event.putObject("data");
        data.put("templateId", templateId);
        data.put("intent", intent);
        data.put("language", language);
        data.put("text", text);
        data.put("draftId", "draft-" + templateId);
        data.put("revision", revision);
        data.put("brandId", "brand-1");
        data.put("brandVersion", 1);
        return event;
    }

    public static void publish(String body) {
        publish(body.getBytes(StandardCharsets.UTF_8), "content.template.published");
    }

    public static void publish(byte[] body, String routingKey) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("localhost");
        factory.setUsername("guest");
        factory.setPassword("guest");
        String exchange = ConfigProvider.getConfig().getValue("tandem.events.exchange", String.class);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(exchange, "topic", true);
            channel.basicPublish(exchange, routingKey, new AMQP.BasicProperties.Builder()
                    .contentType("application/cloudevents+json").deliveryMode(2).build(), body);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + exchange, e);
        }
    }

    /** Publishes a template and waits until {@code GET /api/templates} shows this revision. */
    public static void publishAndAwait(String templateId, String intent, String language, String text, int revision) {
        publish(templateEvent(templateId, intent, language, text, revision).toString());
        awaitTemplate(templateId, revision);
    }

    public static void awaitTemplate(String templateId, int revision) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .header("Authorization", TriageFixtures.agent()).get("/api/templates").then().extract().jsonPath()
                .getList("findAll { it.templateId == '" + templateId + "' && it.revision == " + revision + " }")
                .size() == 1
                && Arc.container().instance(ApprovedTemplates.class).get().snapshot().all().stream()
                        .anyMatch(t -> t.templateId().equals(templateId) && t.revision() == revision));
    }
}
