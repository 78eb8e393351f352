package dev.tandem.triage.policy;

import static dev.tandem.triage.TriageFixtures.admin;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.supervisor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.triage.RecordedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

    @Inject
    RecordedEvents events;

    @Test
    void shouldServeSeededPolicyToAgentsSupervisorsAndAdmins() {
        given().header("Authorization", agent()).get("/api/policy").then().statusCode(200)
                .body("version", greaterThan(0))
                .body("ruleCount", greaterThan(0))
                .body("rules.rules.id", hasItem("legal-threat"));
        given().header("Authorization", supervisor()).get("/api/policy/versions").then().statusCode(200)
                .body("version", hasItem(1));
        given().header("Authorization", admin()).get("/api/policy/versions/1").then().statusCode(200)
                .body("createdBy", equalTo("system:default-policy"));
    }

    @Test
    void shouldStoreChangeAsNewVersionAndRecordEvent() {
        int before = given().header("Authorization", admin()).get("/api/policy").then().extract().path("version");
        ObjectNode rules = PolicyFixtures.currentRules();
        rules.put("description", "same rules, new wording");

        int version = given().header("Authorization", admin()).contentType(ContentType.JSON).body(rules.toString())
                .put("/api/policy").then().statusCode(200)
                .body("version", equalTo(before + 1))
                .body("createdBy", equalTo("admin-ada"))
                .extract().path("version");

        given().header("Authorization", agent()).get("/api/policy").then().body("version", equalTo(version))
                .body("rules.description", equalTo("same rules, new wording"));
        JsonNode changed = events.single("triage.policy.changed", String.valueOf(version));
        assertThat(changed.path("data").path("previousVersion").asInt()).isEqualTo(before);
        assertThat(changed.path("data").path("changedBy").asText()).isEqualTo("admin-ada");
    }

    @Test
    void shouldRejectInvalidPolicyWithParserMessage() {
        ObjectNode rules = PolicyFixtures.currentRules();
        ((ObjectNode) rules.get("rules").get(0)).put("route", "TELEPORT");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(rules.toString())
                .put("/api/policy").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("TELEPORT"))
                .body("violations[0].field", equalTo("policy.rules[0].route"));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{\"rules\": ")
                .put("/api/policy").then().statusCode(400);
    }

    @Test
    void shouldAnswer401403And404() {
        given().get("/api/policy").then().statusCode(401);
        given().header("Authorization", author()).get("/api/policy").then().statusCode(403);
        given().header("Authorization", agent()).contentType(ContentType.JSON).body("{}").put("/api/policy").then()
                .statusCode(403);
        given().header("Authorization", agent()).contentType(ContentType.JSON).body("{}")
                .post("/api/policy/replay").then().statusCode(403);
        given().header("Authorization", admin()).get("/api/policy/versions/9999").then().statusCode(404)
                .body("title", notNullValue());
    }
}
