package dev.tandem.triage.metrics;

import static dev.tandem.triage.TriageFixtures.admin;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.postHumanCase;
import static dev.tandem.triage.TriageFixtures.supervisor;
import static dev.tandem.triage.TriageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.triage.MutableClock;
import dev.tandem.triage.TriageFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsResourceTest {

    @Test
    void shouldSummariseWithCountsAndDenominators() {
        String handoff = postHumanCase(null, unique("c")).extract().path("handoff.id");
        given().header("Authorization", agent("agent-mo")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/handoffs/" + handoff + "/claim").then().statusCode(200);
        given().header("Authorization", agent("agent-mo")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "explained", "aiRoutingCorrect", true))
                .post("/api/handoffs/" + handoff + "/resolve").then().statusCode(200);

        JsonPath summary = given().header("Authorization", supervisor()).get("/api/metrics/summary").then()
                .statusCode(200)
                .body("messages.total", greaterThan(0))
                .body("automation.of", greaterThan(0))
                .body("handoffs.byTrigger.code", hasItem("LEGAL_RISK"))
                .body("firstResponse.measured", greaterThan(0))
                .body("sla.firstResponseMet.of", greaterThan(0))
                .body("aiRoutingAccuracy.rate", notNullValue())
                .extract().jsonPath();
        assertThat(summary.getLong("automation.of")).isEqualTo(summary.getLong("messages.total"));
        assertThat(summary.getLong("aiRoutingAccuracy.count")).isLessThanOrEqualTo(summary.getLong("aiRoutingAccuracy.of"));
    }

    @Test
    void shouldSummariseOnlyTheMessagesAndHandoffsOfTheWindow() {
        MutableClock.INSTANCE.set(Instant.parse("2020-03-02T10:00:00Z"));
        try {
            postHumanCase(null, unique("c"));
            post(message(TriageFixtures.PRODUCT_QUESTION)).statusCode(201);
        } finally {
            MutableClock.INSTANCE.reset();
        }

        given().header("Authorization", supervisor())
                .queryParam("from", "2020-03-02T00:00:00Z").queryParam("to", "2020-03-03T00:00:00Z")
                .get("/api/metrics/summary").then().statusCode(200)
                .body("from", equalTo("2020-03-02T00:00:00Z"))
                .body("messages.total", equalTo(2))
                .body("handoffs.total", equalTo(1))
                .body("handoffs.ofMessages.rate", equalTo(0.5f))
                .body("handoffs.byTrigger.code", hasItem("LEGAL_RISK"));
        given().header("Authorization", supervisor()).queryParam("to", "2020-03-02T00:00:00Z")
                .get("/api/metrics/summary").then().statusCode(200)
                .body("messages.total", equalTo(0))
                .body("automation.rate", nullValue());
    }

    @Test
    void shouldRejectAnInvalidWindow() {
        given().header("Authorization", supervisor()).queryParam("from", "yesterday")
                .get("/api/metrics/summary").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
        given().header("Authorization", supervisor())
                .queryParam("from", "2026-12-02T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z")
                .get("/api/metrics/summary").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void shouldExposePrometheusCounters() {
        postHumanCase(null, unique("c"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("triage_messages_routed_total"))
                .body(containsString("triage_handoffs_triggers_total"));
    }

    @Test
    void shouldAnswer401And403() {
        given().get("/api/metrics/summary").then().statusCode(401);
        given().header("Authorization", agent()).get("/api/metrics/summary").then().statusCode(403);
        given().header("Authorization", admin()).get("/api/metrics/summary").then().statusCode(200);
    }
}
