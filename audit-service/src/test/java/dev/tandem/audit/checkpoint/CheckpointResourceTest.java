package dev.tandem.audit.checkpoint;

import static dev.tandem.audit.AuditFixtures.ADMIN;
import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointVerifier;
import dev.tandem.audit.crypto.ProofCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Signing on demand, the signed note, its public key, and the checkpoint event in the log itself. */
@QuarkusTest
class CheckpointResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldSignTheGrownTreeOnDemandAndRecordTheCheckpointEvent() throws Exception {
        ObjectNode event = AuditFixtures.event("content.campaign.frozen", "campaign-1", "campaign-1", "HUMAN",
                "ba-1", Instant.now());
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish(event);
        }
        new LogDb(dataSource).awaitEntries(event.get("id").asText());

        var response = given().header("Authorization", ADMIN).when().post("/api/audit/checkpoints")
                .then().statusCode(201).extract();
        JsonPath created = response.jsonPath();
        assertThat(response.header("Location")).endsWith("/api/audit/checkpoints/" + created.getLong("id"));

        Checkpoint verified = new CheckpointVerifier(AuditApi.verifierKey()).verify(created.getString("note"));
        assertThat(verified.treeSize()).isEqualTo(created.getLong("treeSize"));
        assertThat(ProofCodec.base64(verified.rootHash())).isEqualTo(created.getString("rootHash"));
        given().header("Authorization", AUDITOR).when().get("/api/audit/checkpoints/" + created.getLong("id"))
                .then().statusCode(200).body("note", equalTo(created.getString("note")));
        given().header("Authorization", AUDITOR).when().get("/api/audit/checkpoints")
                .then().statusCode(200).body("items.id", hasItem(created.getInt("id")));
        LogDb db = new LogDb(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from audit_entry where type ="
                + " 'audit.checkpoint.signed' and subject = ?", "checkpoint-" + created.getLong("id")) == 1);
    }

    @Test
    void shouldReturnTheLatestCheckpointWhenTheTreeDidNotGrow() {
        JsonPath first = AuditApi.checkpoint();
        given().header("Authorization", AUDITOR).when().get("/api/audit/checkpoints/latest")
                .then().statusCode(200).body("treeSize", org.hamcrest.Matchers.greaterThanOrEqualTo(first.getInt("treeSize")));
        JsonPath key = given().header("Authorization", AUDITOR).when().get("/api/audit/public-key")
                .then().statusCode(200).extract().jsonPath();
        assertThat(key.getString("algorithm")).isEqualTo("Ed25519");
        assertThat(key.getString("verifierKey")).startsWith(key.getString("keyName") + "+");
    }

    @Test
    void shouldAnswerUnknownAndMalformedCheckpointRequests() {
        given().header("Authorization", AUDITOR).when().get("/api/audit/checkpoints/999999999")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", AUDITOR).queryParam("size", 100000).when().get("/api/audit/checkpoints")
                .then().statusCode(400).body("violations.field", hasItem("size"));
    }
}
