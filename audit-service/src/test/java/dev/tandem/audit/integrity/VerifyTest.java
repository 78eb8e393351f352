package dev.tandem.audit.integrity;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Verification recomputes the log and names the first entry a superuser changed behind its back. */
@QuarkusTest
class VerifyTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldFindTheLogValidWithItsCheckpoints() throws Exception {
        publishAndAwait(3);
        AuditApi.checkpoint();

        JsonPath result = AuditApi.verify();

        assertThat(result.getBoolean("valid")).isTrue();
        assertThat(result.getLong("entries")).isGreaterThanOrEqualTo(3);
        assertThat(result.getString("firstInvalidSeq")).isNull();
        assertThat(result.getInt("checkpointsChecked")).isGreaterThanOrEqualTo(1);
        assertThat(result.getString("rootHash")).hasSize(64);
    }

    @Test
    void shouldNameTheEntryASuperuserChangedWithTriggersOff() throws Exception {
        String[] ids = publishAndAwait(3);
        LogDb db = new LogDb(dataSource);
        long seq = db.seqOf(ids[1]);
        try {
            db.execute("set local session_replication_role = replica",
                    "update audit_entry set actor = 'mallory' where seq = " + seq);

            JsonPath result = AuditApi.verify();

            assertThat(result.getBoolean("valid")).isFalse();
            assertThat(result.getLong("firstInvalidSeq")).isEqualTo(seq);
            assertThat(result.getString("firstInvalidReason")).isEqualTo("LEAF_HASH_MISMATCH");
            given().header("Authorization", AUDITOR).queryParam("payloads", false)
                    .when().get("/api/audit/verify")
                    .then().statusCode(200).body("valid", equalTo(false))
                    .body("firstInvalidSeq", equalTo((int) seq)).body("payloadsChecked", equalTo(0));
        } finally {
            db.execute("set local session_replication_role = replica",
                    "update audit_entry set actor = 'sup-1' where seq = " + seq);
        }
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldNameTheEntryWhosePayloadWasRewritten() throws Exception {
        String[] ids = publishAndAwait(2);
        LogDb db = new LogDb(dataSource);
        long seq = db.seqOf(ids[0]);
        String original = (String) db.query("select payload from audit_entry where seq = ?", seq).get(0)[0];
        try {
            db.execute("set local session_replication_role = replica",
                    "update audit_entry set payload = replace(payload, 'sup-1', 'sup-2') where seq = " + seq);

            JsonPath result = AuditApi.verify();

            assertThat(result.getBoolean("valid")).isFalse();
            assertThat(result.getLong("firstInvalidSeq")).isEqualTo(seq);
            assertThat(result.getString("firstInvalidReason")).isEqualTo("PAYLOAD_DIGEST_MISMATCH");
        } finally {
            db.execute("set local session_replication_role = replica",
                    "update audit_entry set payload = '" + original.replace("'", "''") + "' where seq = " + seq);
        }
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldNotLetOtherRolesVerify() {
        given().header("Authorization", AuditFixtures.AGENT).when().get("/api/audit/verify").then().statusCode(403);
        given().when().get("/api/audit/verify").then().statusCode(401);
        given().header("Authorization", AUDITOR).when().get("/api/audit/verify").then().statusCode(200);
    }

    private String[] publishAndAwait(int n) throws Exception {
        String[] ids = new String[n];
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (int i = 0; i < n; i++) {
                ObjectNode event = AuditFixtures.event("triage.policy.changed", "policy-" + i, "policy-" + i,
                        "HUMAN", "sup-1", Instant.now());
                ids[i] = event.get("id").asText();
                bus.publish(event);
            }
        }
        new LogDb(dataSource).awaitEntries(ids);
        return ids;
    }
}
