package dev.tandem.audit.export;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static dev.tandem.audit.AuditFixtures.PRIVACY_OFFICER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import dev.tandem.audit.verifier.ExportVerifier;
import dev.tandem.audit.verifier.VerificationResult;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JSONL export passes the offline verifier, also after an erasure; CSV carries the same entries. */
@QuarkusTest
class ExportTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldExportEntriesThatTheOfflineVerifierAcceptsEvenAfterAnErasure() throws Exception {
        String subject = AuditFixtures.pseudonym();
        ObjectNode triaged = AuditFixtures.triaged("msg-" + AuditFixtures.id(), subject, "HUMAN", "en", "EU", "GOLD",
                Instant.now(), "Ünïcødé text, \"quoted\"\nnew line");
        publish(triaged);
        JsonPath checkpoint = AuditApi.checkpoint();
        long size = checkpoint.getLong("treeSize");

        String export = exportJsonl(size);

        String[] lines = export.split("\n");
        assertThat(lines).hasSize((int) size + 1);
        VerificationResult result = new ExportVerifier(AuditApi.verifierKey())
                .verify(new BufferedReader(new StringReader(export)), null);
        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.entries()).isEqualTo(size);
        long seq = new LogDb(dataSource).seqOf(triaged.get("id").asText());
        JsonNode line = AuditFixtures.MAPPER.readTree(lines[(int) seq + 1]);
        assertThat(AuditFixtures.MAPPER.readTree(line.get("payload").asText())).isEqualTo(triaged);

        given().header("Authorization", PRIVACY_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("dataSubject", subject, "reason", "test")).when().post("/api/audit/erasures")
                .then().statusCode(201);
        String afterErasure = exportJsonl(size);

        assertThat(AuditFixtures.MAPPER.readTree(afterErasure.split("\n")[(int) seq + 1]).get("payload").isNull()).isTrue();
        VerificationResult again = new ExportVerifier(AuditApi.verifierKey())
                .verify(new BufferedReader(new StringReader(afterErasure)), null);
        assertThat(again.valid()).as(again.reason()).isTrue();
    }

    @Test
    void shouldExportCsvWithTheCheckpointInHeaders() throws Exception {
        publish(AuditFixtures.event("content.brand.changed", "brand-1", "brand-1", "HUMAN", "ba-1", Instant.now()));
        JsonPath checkpoint = AuditApi.checkpoint();

        var response = given().header("Authorization", AUDITOR).queryParam("format", "csv")
                .when().get("/api/audit/export")
                .then().statusCode(200).contentType("text/csv").extract();

        assertThat(response.header("Tandem-Checkpoint-Root-Hash")).isEqualTo(checkpoint.getString("rootHash"));
        String[] rows = response.asString().split("\r\n");
        assertThat(rows[0]).isEqualTo("seq,source,eventId,type,subject,correlationId,actorType,actor,eventTime,"
                + "recordedAt,payloadDigest,leafHash,payload");
        assertThat(rows).hasSize(Integer.parseInt(response.header("Tandem-Checkpoint-Tree-Size")) + 1);
        assertThat(rows[1]).startsWith("0,");
    }

    @Test
    void shouldAnswerBadExportRequestsWithProblems() {
        given().header("Authorization", AUDITOR).queryParam("format", "xml")
                .when().get("/api/audit/export")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("format"));
        given().header("Authorization", AUDITOR).queryParam("to", 0)
                .when().get("/api/audit/export").then().statusCode(400);
        given().header("Authorization", AUDITOR).queryParam("to", Long.MAX_VALUE)
                .when().get("/api/audit/export").then().statusCode(404).contentType("application/problem+json");
    }

    private static String exportJsonl(long size) {
        return given().header("Authorization", AUDITOR).queryParam("format", "jsonl").queryParam("to", size)
                .when().get("/api/audit/export")
                .then().statusCode(200).extract().asString();
    }

    private void publish(ObjectNode event) throws Exception {
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish(event);
        }
        new LogDb(dataSource).awaitEntries(event.get("id").asText());
    }
}
