package dev.tandem.audit.ingest;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.GetResponse;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import dev.tandem.audit.crypto.LeafCodec;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Events from a real broker into the log: once per (source, id), poison to the DLQ, content encrypted. */
@QuarkusTest
class IngestionTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreRedeliveredEventOnlyOnce() throws Exception {
        ObjectNode event = AuditFixtures.event("triage.handoff.claimed", "handoff-1", "msg-" + AuditFixtures.id(),
                "HUMAN", "agent-3", Instant.now());
        ObjectNode later = AuditFixtures.event("triage.handoff.resolved", "handoff-1", "msg-x", "HUMAN", "agent-3",
                Instant.now());
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish(event);
            bus.publish(event);
            db().awaitEntries(event.get("id").asText());
            bus.publish(event);
            bus.publish(later);
        }
        db().awaitEntries(later.get("id").asText());

        assertThat(db().entriesWithEventId(event.get("id").asText())).isEqualTo(1);
    }

    @Test
    void shouldParkPoisonMessageInDeadLetterQueueAndProcessTheNextEvent() throws Exception {
        String poison = "{\"specversion\":\"1.0\",\"id\":\"" + AuditFixtures.id() + "\", not json";
        ObjectNode good = AuditFixtures.event("triage.policy.changed", "policy-9", "policy-9", "HUMAN", "sup-1",
                Instant.now());
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish("triage.poison", poison.getBytes(StandardCharsets.UTF_8));
            bus.publish(good);
            db().awaitEntries(good.get("id").asText());

            AtomicReference<String> parked = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                GetResponse response;
                while ((response = bus.channel().basicGet(AuditFixtures.DLQ, true)) != null) {
                    String body = new String(response.getBody(), StandardCharsets.UTF_8);
                    if (body.equals(poison)) {
                        parked.set(body);
                    }
                }
                return parked.get() != null;
            });
        }
    }

    @Test
    void shouldKeepEventsOfUnknownTypes() throws Exception {
        ObjectNode unknown = AuditFixtures.event("billing.invoice.sent", "inv-1", null, "SYSTEM", "billing", Instant.now());
        unknown.remove("correlationid");
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish(unknown);
        }
        db().awaitEntries(unknown.get("id").asText());

        given().header("Authorization", AUDITOR).queryParam("type", "billing.invoice.sent")
                .queryParam("subject", "inv-1")
                .when().get("/api/audit/entries")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].correlationId", equalTo(null))
                .body("items[0].event.id", equalTo(unknown.get("id").asText()));
    }

    @Test
    void shouldEncryptPersonalContentAtRestAndShowItDecryptedToAuditors() throws Exception {
        String secret = "my card ends in 4242 " + AuditFixtures.id();
        String messageId = "msg-" + AuditFixtures.id();
        ObjectNode event = AuditFixtures.triaged(messageId, AuditFixtures.pseudonym(), "HUMAN", "de", "EU", "GOLD",
                Instant.now(), secret);
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish(event);
        }
        db().awaitEntries(event.get("id").asText());

        assertThat(db().count("select count(*) from audit_entry where payload like ?", "%" + secret + "%")).isZero();
        assertThat(db().count("select count(*) from audit_entry where position(convert_to(?, 'UTF8') in content_cipher) > 0",
                secret)).isZero();
        String canonical = event.toString();
        given().header("Authorization", AUDITOR)
                .when().get("/api/audit/trace/" + messageId)
                .then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].event.data.content.body", equalTo(secret))
                .body("entries[0].payloadStatus", equalTo("READABLE"))
                .body("entries[0].payloadDigest", equalTo(LeafCodec.payloadDigest(canonical)));
    }

    private LogDb db() {
        return new LogDb(dataSource);
    }
}
