package dev.tandem.triage.handoff;

import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.supervisor;
import static dev.tandem.triage.handoff.HandoffFixtures.action;
import static dev.tandem.triage.handoff.HandoffFixtures.claim;
import static dev.tandem.triage.handoff.HandoffFixtures.newHandoff;
import static dev.tandem.triage.handoff.HandoffFixtures.resolve;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.triage.RecordedEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HandoffResourceTest {

    @Inject
    RecordedEvents events;

    @Test
    void shouldListOpenHandoffsByQueueAndStatus() {
        String id = newHandoff();
        String queue = given().header("Authorization", agent()).get("/api/handoffs/" + id).then().statusCode(200)
                .extract().path("handoff.queue");

        given().header("Authorization", supervisor()).queryParam("queue", queue).queryParam("status", "OPEN")
                .get("/api/handoffs").then().statusCode(200).body("id", hasItem(id));
        given().header("Authorization", agent()).queryParam("status", "RESOLVED")
                .get("/api/handoffs").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldShowFullContextPackage() {
        String id = newHandoff();
        given().header("Authorization", agent()).get("/api/handoffs/" + id).then().statusCode(200)
                .body("handoff.status", equalTo("OPEN"))
                .body("handoff.triggers.code", hasItem("LEGAL_RISK"))
                .body("customer.tier", equalTo("STANDARD"))
                .body("aiSummary", containsString("LEGAL_RISK"))
                .body("aiSteps[0].explanation", notNullValue())
                .body("aiSteps[0].lexiconVersion", notNullValue())
                .body("transcript[0].kind", equalTo("MESSAGE"))
                .body("transcript[0].sentiment", notNullValue())
                .body("transcript[0].route", equalTo("HUMAN"));
    }

    @Test
    void shouldRedactContactDetailsFromTheOutcomeOnTheBus() {
        String id = newHandoff();
        claim(id, "agent-bo").statusCode(200);
        action(id, "resolve", agent("agent-bo"),
                Map.of("outcome", "called her back on +44 20 7946 0958, mail sent to jo@example.com", "aiRoutingCorrect", true))
                .statusCode(200);

        String messageId = given().header("Authorization", agent()).get("/api/handoffs/" + id).then()
                .extract().path("handoff.messageId");
        String outcome = events.single("triage.handoff.resolved", messageId).path("data").path("outcome").asText();
        assertThat(outcome).startsWith("called her back on").doesNotContain("7946").doesNotContain("jo@example.com");
    }

    @Test
    void shouldClaimThenResolveWithVerdictAndRecordEvents() {
        String id = newHandoff();
        claim(id, "agent-bo").statusCode(200).body("status", equalTo("CLAIMED")).body("claimedBy", equalTo("agent-bo"));
        resolve(id, "agent-bo", true).statusCode(200).body("status", equalTo("RESOLVED"))
                .body("aiRoutingCorrect", equalTo(true)).body("outcome", equalTo("refund issued"));

        String messageId = given().header("Authorization", agent()).get("/api/handoffs/" + id).then()
                .extract().path("handoff.messageId");
        JsonNode claimed = events.single("triage.handoff.claimed", messageId);
        assertThat(claimed.path("data").path("agent").asText()).isEqualTo("agent-bo");
        assertThat(claimed.path("data").has("firstResponseSeconds")).isTrue();
        JsonNode resolved = events.single("triage.handoff.resolved", messageId);
        assertThat(resolved.path("data").path("aiRoutingCorrect").asBoolean()).isTrue();
        assertThat(resolved.path("actortype").asText()).isEqualTo("HUMAN");
    }

    @Test
    void shouldRefuseToClaimClaimedHandoffOrResolveUnclaimedOne() {
        String id = newHandoff();
        resolve(id, "agent-bo", false).statusCode(409).contentType("application/problem+json");
        claim(id, "agent-bo").statusCode(200);
        claim(id, "agent-cy").statusCode(409).body("status", equalTo(409));
        resolve(id, "agent-cy", false).statusCode(403);
    }

    @Test
    void shouldReleaseBackToQueueSoAnotherAgentCanClaim() {
        String id = newHandoff();
        claim(id, "agent-bo").statusCode(200);
        action(id, "release", agent("agent-bo"), Map.of()).statusCode(200).body("status", equalTo("OPEN"));
        action(id, "release", agent("agent-bo"), Map.of()).statusCode(409);
        claim(id, "agent-cy").statusCode(200).body("claimedBy", equalTo("agent-cy"));
    }

    @Test
    void shouldPauseResolutionClockWhileWaitingOnCustomer() {
        String id = newHandoff();
        claim(id, "agent-bo").statusCode(200);
        action(id, "reply", agent("agent-bo"), Map.of("text", "Could you send the order number?"))
                .statusCode(200).body("waitingOnCustomer", equalTo(true));
    }

    @Test
    void shouldRejectInvalidRequestsWithViolations() {
        String id = newHandoff();
        claim(id, "agent-bo").statusCode(200);
        action(id, "resolve", agent("agent-bo"), Map.of("outcome", "")).statusCode(400)
                .body("violations.field", hasItem("outcome"))
                .body("violations.field", hasItem("aiRoutingCorrect"));
        given().header("Authorization", agent()).queryParam("status", "SLEEPING").get("/api/handoffs").then()
                .statusCode(400).body("violations.field", hasItem("status"));
    }

    @Test
    void shouldAnswer401403And404() {
        given().get("/api/handoffs").then().statusCode(401);
        given().header("Authorization", author()).get("/api/handoffs").then().statusCode(403);
        action("x", "claim", author(), Map.of()).statusCode(403);
        given().header("Authorization", agent()).get("/api/handoffs/nope").then().statusCode(404)
                .contentType("application/problem+json");
        claim("nope", "agent-bo").statusCode(404);
        resolve("nope", "agent-bo", true).statusCode(404);
    }
}
