package dev.tandem.content.bus;

import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.SECOND_REVIEWER;
import static dev.tandem.content.ContentFixtures.approve;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.createDraft;
import static dev.tandem.content.ContentFixtures.publish;
import static dev.tandem.content.ContentFixtures.step;
import static dev.tandem.content.ContentFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One real broker round trip: a published reply template reaches the exchange as a CloudEvent. */
@QuarkusTest
class TemplatePublishedRoundTripTest {

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "tandem.events.exchange")
    String exchange;
    @ConfigProperty(name = "rabbitmq-host")
    String host;
    @ConfigProperty(name = "rabbitmq-port")
    int port;

    private Connection connection;
    private Channel channel;
    private String queue;

    @BeforeEach
    void bindProbeQueue() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername("guest");
        factory.setPassword("guest");
        connection = factory.newConnection("content-test-probe");
        channel = connection.createChannel();
        channel.exchangeDeclare(exchange, "topic", true);
        queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, "content.template.published");
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null && connection.isOpen()) {
            connection.close();
        }
    }

    @Test
    void shouldDeliverTemplatePublishedToTheBus() throws Exception {
        assertThat(exchange).isEqualTo("tandem.events.test-content");
        String brand = createBrand();
        String id = createDraft(AUTHOR, template(brand, "STORE_INFO", "de"));
        step(AUTHOR, id, "submit", Map.of()).statusCode(200);
        approve(REVIEWER, id).statusCode(200);
        if (publish(REVIEWER, id).extract().statusCode() == 409) {
            approve(SECOND_REVIEWER, id).statusCode(200);
            publish(REVIEWER, id).statusCode(200);
        }

        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            GetResponse delivery;
            while ((delivery = channel.basicGet(queue, true)) != null) {
                JsonNode event = mapper.readTree(delivery.getBody());
                if (id.equals(event.path("subject").asText())) {
                    assertThat(delivery.getEnvelope().getRoutingKey()).isEqualTo("content.template.published");
                    assertThat(delivery.getProps().getDeliveryMode()).isEqualTo(2);
                    found.set(event);
                    return true;
                }
            }
            return false;
        });

        JsonNode event = found.get();
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("content.template.published");
        assertThat(event.path("source").asText()).isEqualTo("/content-review-service");
        assertThat(event.path("correlationid").asText()).isEqualTo(id);
        assertThat(event.path("actortype").asText()).isEqualTo("HUMAN");
        assertThat(event.path("actor").asText()).isEqualTo("rita-reviewer");
        JsonNode data = event.path("data");
        assertThat(data.path("templateId").asText()).isNotBlank();
        assertThat(data.path("intent").asText()).isEqualTo("STORE_INFO");
        assertThat(data.path("language").asText()).isEqualTo("de");
        assertThat(data.path("text").asText()).startsWith("Thanks for getting in touch.");
        assertThat(data.path("draftId").asText()).isEqualTo(id);
        assertThat(data.path("revision").asInt()).isEqualTo(1);
        assertThat(data.path("brandId").asText()).isEqualTo(brand);
        assertThat(data.path("brandVersion").asInt()).isEqualTo(1);
    }
}
