package dev.tandem.triage.policy;

import static dev.tandem.triage.TriageFixtures.PRODUCT_QUESTION;
import static dev.tandem.triage.TriageFixtures.admin;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.supervisor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A proposed policy replayed over stored messages reports what would change and touches nothing. */
@QuarkusTest
class ReplayTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldReportRouteChangesOfProposedPolicyWithoutTouchingAnything() {
        String id = post(message(PRODUCT_QUESTION)).statusCode(201).body("route", equalTo("DRAFT_FOR_REVIEW"))
                .extract().path("id");
        int version = given().header("Authorization", admin()).get("/api/policy").then().extract().path("version");
        ObjectNode request = MAPPER.createObjectNode();
        request.set("policy", PolicyFixtures.productQuestionsToHuman());
        request.put("lastN", 500);

        given().header("Authorization", supervisor()).contentType(ContentType.JSON).body(request.toString())
                .post("/api/policy/replay").then().statusCode(200)
                .body("messagesEvaluated", greaterThan(0))
                .body("changes.'DRAFT_FOR_REVIEW->HUMAN'", greaterThanOrEqualTo(1))
                .body("messages.messageId", hasItem(id))
                .body("messages.find { it.messageId == '" + id + "' }.to", equalTo("HUMAN"))
                .body("messages.find { it.messageId == '" + id + "' }.proposedRule", equalTo("product-questions-human"));

        given().header("Authorization", agent()).get("/api/messages/" + id).then().body("route", equalTo("DRAFT_FOR_REVIEW"));
        given().header("Authorization", admin()).get("/api/policy").then().body("version", equalTo(version));
    }

    @Test
    void shouldReplayATimeRange() {
        String id = post(message(PRODUCT_QUESTION)).statusCode(201).extract().path("id");
        Instant received = Instant.parse(given().header("Authorization", agent()).get("/api/messages/" + id).then()
                .extract().path("receivedAt"));
        ObjectNode request = MAPPER.createObjectNode();
        request.set("policy", PolicyFixtures.productQuestionsToHuman());
        request.put("from", received.toString());
        request.put("to", received.plusMillis(1).toString());

        given().header("Authorization", admin()).contentType(ContentType.JSON).body(request.toString())
                .post("/api/policy/replay").then().statusCode(200)
                .body("messagesEvaluated", equalTo(1))
                .body("changed", equalTo(1));
    }

    @Test
    void shouldRejectInvalidReplayRequests() {
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{\"lastN\": 0}")
                .post("/api/policy/replay").then().statusCode(400)
                .body("violations.field", hasItem("policy"))
                .body("violations.field", hasItem("lastN"));
        ObjectNode bad = MAPPER.createObjectNode();
        bad.putObject("policy").put("name", "empty");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(bad.toString())
                .post("/api/policy/replay").then().statusCode(400)
                .body("violations[0].field", equalTo("policy.rules"));
        given().contentType(ContentType.JSON).body("{}").post("/api/policy/replay").then().statusCode(401);
    }
}
