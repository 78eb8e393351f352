package dev.tandem.triage.template;

import static dev.tandem.triage.TemplateFixtures.awaitTemplate;
import static dev.tandem.triage.TemplateFixtures.publish;
import static dev.tandem.triage.TemplateFixtures.templateEvent;
import static dev.tandem.triage.TriageFixtures.admin;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** content.template.published through the real broker: latest revision wins, duplicates and poison handled. */
@QuarkusTest
class TemplateConsumerTest {

    private static final String DLQ = "triage-test.templates.dlq";

    @Test
    void shouldListPublishedTemplateForAgentsAndAdmins() {
        String id = unique("tpl");
        publish(templateEvent(id, "SHIPPING", "de", "Ihr Paket ist unterwegs.", 1).toString());
        awaitTemplate(id, 1);

        Map<String, Object> template = find(id);
        assertThat(template).containsEntry("intent", "SHIPPING").containsEntry("language", "de")
                .containsEntry("text", "Ihr Paket ist unterwegs.");
        given().header("Authorization", admin()).get("/api/templates").then().statusCode(200);
    }

    @Test
    void shouldKeepLatestRevisionAndIgnoreOlderOrDuplicateDeliveries() {
        String id = unique("tpl");
        ObjectNode second = templateEvent(id, "STORE_INFO", "en", "We open at nine.", 2);
        publish(second.toString());
        awaitTemplate(id, 2);
        publish(templateEvent(id, "STORE_INFO", "en", "Old text from revision one.", 1).toString());
        ObjectNode duplicate = second.deepCopy();
        ((ObjectNode) duplicate.get("data")).put("text", "A duplicate must not change anything.");
        publish(duplicate.toString());
        String marker = unique("tpl");
        publish(templateEvent(marker, "STORE_INFO", "fr", "Nous ouvrons à neuf heures.", 1).toString());
        awaitTemplate(marker, 1);

        assertThat(find(id)).containsEntry("text", "We open at nine.").containsEntry("revision", 2);
    }

    @Test
    void shouldParkPoisonMessageInDeadLetterQueueAndProcessTheNextOne() throws Exception {
        String poisonMarker = unique("poison");
        publish(("{\"not\": \"a cloud event\", \"marker\": \"" + poisonMarker + "\"}").getBytes(StandardCharsets.UTF_8),
                "content.template.published");
        String good = unique("tpl");
        publish(templateEvent(good, "PRICING", "es", "Nuestros precios están en la web.", 1).toString());

        awaitTemplate(good, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> dlqHolds(poisonMarker));
    }

    @Test
    void shouldRejectMissingTokenAndWrongRole() {
        given().get("/api/templates").then().statusCode(401);
        given().header("Authorization", author()).get("/api/templates").then().statusCode(403);
    }

    private static Map<String, Object> find(String templateId) {
        List<Map<String, Object>> all = given().header("Authorization", agent()).get("/api/templates").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(t -> templateId.equals(t.get("templateId"))).findFirst().orElseThrow();
    }

    /** Reads the DLQ until the poison message shows up; other messages are put back. */
    private static boolean dlqHolds(String marker) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("localhost");
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            GetResponse response;
            boolean found = false;
            while ((response = channel.basicGet(DLQ, false)) != null) {
                if (new String(response.getBody(), StandardCharsets.UTF_8).contains(marker)) {
                    channel.basicAck(response.getEnvelope().getDeliveryTag(), false);
                    found = true;
                }
            }
            return found;
        }
    }
}
