package dev.tandem.audit.privacy;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static dev.tandem.audit.AuditFixtures.PRIVACY_OFFICER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Erasure destroys a subject's key and content yet every proof still verifies; retention drops old payloads. */
@QuarkusTest
class ErasureTest {

    @Inject
    DataSource dataSource;
    @Inject
    ErasureService erasures;

    @Test
    void shouldLeaveNoReadablePersonalDataOfTheSubjectAndKeepTheLogValid() throws Exception {
        String subject = AuditFixtures.pseudonym();
        String secret = "Anna Example, 12 Main Street " + AuditFixtures.id();
        String messageId = "msg-" + AuditFixtures.id();
        ObjectNode triaged = AuditFixtures.triaged(messageId, subject, "HUMAN", "en", "EU", "GOLD", Instant.now(), secret);
        ObjectNode reply = AuditFixtures.replySent(messageId, subject, false, false, false, Instant.now());
        ObjectNode other = AuditFixtures.triaged("msg-" + AuditFixtures.id(), AuditFixtures.pseudonym(), "HUMAN",
                "en", "EU", "GOLD", Instant.now(), "someone else " + secret);
        publish(triaged, reply, other);
        AuditApi.checkpoint();

        String erasureId = given().header("Authorization", PRIVACY_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("dataSubject", subject, "reason", "GDPR Art. 17 request #42"))
                .when().post("/api/audit/erasures")
                .then().statusCode(201)
                .body("dataSubject", equalTo(subject))
                .body("entriesAffected", equalTo(2))
                .extract().path("erasureId");

        LogDb db = new LogDb(dataSource);
        assertThat(db.count("select count(*) from subject_key where data_subject = ? and wrapped_key is not null",
                subject)).isZero();
        assertThat(db.count("select count(*) from audit_entry where data_subject = ? and content_cipher is not null",
                subject)).isZero();
        assertThat(db.count("select count(*) from audit_entry where data_subject = ? and payload like ?",
                subject, "%Anna Example%")).isZero();
        given().header("Authorization", AUDITOR).when().get("/api/audit/trace/" + messageId)
                .then().statusCode(200)
                .body("entries.event", everyItem(nullValue()))
                .body("entries.payloadStatus", everyItem(equalTo("ERASED")));
        given().header("Authorization", AUDITOR).queryParam("subject", other.get("subject").asText())
                .when().get("/api/audit/entries")
                .then().statusCode(200).body("items[0].event.data.content.body", equalTo("someone else " + secret));
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from audit_entry"
                + " where type = 'audit.erasure.completed' and subject = ? and payload like ?",
                erasureId, "%\"entriesAffected\":2%") == 1);
        given().header("Authorization", PRIVACY_OFFICER).when().get("/api/audit/erasures/" + erasureId)
                .then().statusCode(200).body("entriesAffected", equalTo(2));
    }

    @Test
    void shouldStoreLaterEventsAboutAnErasedSubjectUnreadable() throws Exception {
        String subject = AuditFixtures.pseudonym();
        given().header("Authorization", PRIVACY_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("dataSubject", subject, "reason", "erased before the event arrived"))
                .when().post("/api/audit/erasures").then().statusCode(201).body("entriesAffected", equalTo(0));
        String messageId = "msg-" + AuditFixtures.id();
        publish(AuditFixtures.triaged(messageId, subject, "AUTO_REPLY", "en", "EU", "GOLD", Instant.now(), "late text"));

        given().header("Authorization", AUDITOR).when().get("/api/audit/trace/" + messageId)
                .then().statusCode(200).body("entries[0].payloadStatus", equalTo("ERASED"))
                .body("entries[0].event", nullValue());
        assertThat(new LogDb(dataSource).count("select count(*) from audit_entry where data_subject = ?"
                + " and content_cipher is not null", subject)).isZero();
    }

    @Test
    void shouldDropPayloadsPastRetentionButKeepTheirHashes() throws Exception {
        ObjectNode old = AuditFixtures.triaged("msg-" + AuditFixtures.id(), AuditFixtures.pseudonym(), "HUMAN", "en",
                "EU", "GOLD", Instant.now().minus(Duration.ofDays(400)), "old text");
        ObjectNode recent = AuditFixtures.triaged("msg-" + AuditFixtures.id(), AuditFixtures.pseudonym(), "HUMAN",
                "en", "EU", "GOLD", Instant.now().minus(Duration.ofDays(100)), "recent text");
        publish(old, recent);

        assertThat(erasures.dropExpired(Instant.now())).isGreaterThanOrEqualTo(1);

        LogDb db = new LogDb(dataSource);
        Object[] expired = db.query("select payload, content_cipher, payload_status, leaf_hash from audit_entry"
                + " where event_id = ?", old.get("id").asText()).get(0);
        assertThat(expired[0]).isNull();
        assertThat(expired[1]).isNull();
        assertThat(expired[2]).isEqualTo("EXPIRED");
        assertThat(expired[3]).isNotNull();
        assertThat(db.query("select payload_status from audit_entry where event_id = ?",
                recent.get("id").asText()).get(0)[0]).isEqualTo("READABLE");
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldAnswerBadErasureRequestsWithProblems() {
        given().header("Authorization", PRIVACY_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("dataSubject", " ", "reason", "x"))
                .when().post("/api/audit/erasures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("dataSubject"));
        given().header("Authorization", PRIVACY_OFFICER).contentType(ContentType.JSON).body("{\"dataSubject\":")
                .when().post("/api/audit/erasures").then().statusCode(400);
        given().header("Authorization", AUDITOR).contentType(ContentType.JSON)
                .body(Map.of("dataSubject", "abc", "reason", "x"))
                .when().post("/api/audit/erasures").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("dataSubject", "abc", "reason", "x"))
                .when().post("/api/audit/erasures").then().statusCode(401);
        given().header("Authorization", PRIVACY_OFFICER).when().get("/api/audit/erasures/no-such-erasure")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void publish(ObjectNode... events) throws Exception {
        String[] ids = new String[events.length];
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (int i = 0; i < events.length; i++) {
                bus.publish(events[i]);
                ids[i] = events[i].get("id").asText();
            }
        }
        new LogDb(dataSource).awaitEntries(ids);
    }
}
