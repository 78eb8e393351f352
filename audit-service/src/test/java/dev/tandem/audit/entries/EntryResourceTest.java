package dev.tandem.audit.entries;

import static dev.tandem.audit.AuditFixtures.ADMIN;
import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Filtering, paging and tracing the log. */
@QuarkusTest
class EntryResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldFilterAndPageEntriesAndTraceOneMessageInOrder() throws Exception {
        String messageId = "msg-" + AuditFixtures.id();
        Instant t = Instant.parse("2029-03-01T10:00:00Z");
        ObjectNode triaged = AuditFixtures.triaged(messageId, AuditFixtures.pseudonym(), "HUMAN", "en", "EU", "GOLD",
                t, "hello");
        ObjectNode created = AuditFixtures.event("triage.handoff.created", "handoff-" + messageId, messageId, "AI",
                "rules-1.0", t.plusSeconds(1));
        ObjectNode claimed = AuditFixtures.event("triage.handoff.claimed", "handoff-" + messageId, messageId, "HUMAN",
                "agent-2", t.plusSeconds(60));
        List<ObjectNode> events = List.of(triaged, created, claimed);
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (ObjectNode e : events) {
                bus.publish(e);
            }
        }
        new LogDb(dataSource).awaitEntries(events.stream().map(e -> e.get("id").asText()).toArray(String[]::new));

        given().header("Authorization", AUDITOR).when().get("/api/audit/trace/" + messageId)
                .then().statusCode(200)
                .body("entries.type", contains("triage.message.triaged", "triage.handoff.created",
                        "triage.handoff.claimed"));
        given().header("Authorization", ADMIN)
                .queryParam("correlationId", messageId).queryParam("actorType", "HUMAN")
                .when().get("/api/audit/entries")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].actor", equalTo("agent-2"));
        given().header("Authorization", AUDITOR)
                .queryParam("correlationId", messageId).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/audit/entries")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(1))
                .body("items[0].type", equalTo("triage.handoff.claimed"));
        given().header("Authorization", AUDITOR)
                .queryParam("correlationId", messageId)
                .queryParam("from", t.plusSeconds(1).toString()).queryParam("to", t.plusSeconds(60).toString())
                .when().get("/api/audit/entries")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].type", equalTo("triage.handoff.created"))
                .body("items[0].leafHash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        given().header("Authorization", AUDITOR)
                .queryParam("type", "triage.handoff.created").queryParam("subject", "handoff-" + messageId)
                .queryParam("source", "/triage-service")
                .when().get("/api/audit/entries")
                .then().statusCode(200).body("items.correlationId", everyItem(equalTo(messageId)));
    }

    @Test
    void shouldAnswerBadFiltersWithProblemBodies() {
        given().header("Authorization", AUDITOR).queryParam("actorType", "ROBOT").queryParam("from", "last week")
                .when().get("/api/audit/entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("actorType")).body("violations.field", hasItem("from"));
        given().header("Authorization", AUDITOR).queryParam("size", 0)
                .when().get("/api/audit/entries")
                .then().statusCode(400).body("violations.field", hasItem("size"));
        given().header("Authorization", AUDITOR).queryParam("page", -1)
                .when().get("/api/audit/entries")
                .then().statusCode(400).body("violations.field", hasItem("page"));
    }

    @Test
    void shouldAnswerUnknownTracesAndEntriesWith404() {
        given().header("Authorization", AUDITOR).when().get("/api/audit/trace/no-such-message")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", AUDITOR).when().get("/api/audit/entries/" + Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
