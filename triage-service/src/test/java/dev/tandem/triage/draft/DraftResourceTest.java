package dev.tandem.triage.draft;

import static dev.tandem.triage.TriageFixtures.PRODUCT_QUESTION;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftResourceTest {

    @Inject
    RecordedEvents events;

    /** Posts a routine question without a template; returns {messageId, draftId}. */
    private static String[] newDraft() {
        var response = post(message(PRODUCT_QUESTION)).statusCode(201)
                .body("route", equalTo("DRAFT_FOR_REVIEW"))
                .body("draft.status", equalTo("PENDING"))
                .extract();
        return new String[] {response.path("id"), response.path("draft.id")};
    }

    private static ValidatableResponse act(String id, String action, Object body) {
        return given().header("Authorization", agent("agent-dee")).contentType(ContentType.JSON).body(body)
                .post("/api/drafts/" + id + "/" + action).then();
    }

    @Test
    void shouldListPendingDraftWithDisclosedAiText() {
        String draft = newDraft()[1];
        given().header("Authorization", agent()).get("/api/drafts?status=PENDING").then().statusCode(200)
                .body("id", hasItem(draft));
        given().header("Authorization", agent()).get("/api/drafts/" + draft).then().statusCode(200)
                .body("text", containsString("AI"))
                .body("message.body", equalTo(PRODUCT_QUESTION));
    }

    @Test
    void shouldApproveAndSendOnceThen409() {
        String[] ids = newDraft();
        act(ids[1], "approve", Map.of()).statusCode(200).body("status", equalTo("APPROVED"))
                .body("replyId", notNullValue()).body("reviewer", equalTo("agent-dee"));
        act(ids[1], "approve", Map.of()).statusCode(409).contentType("application/problem+json");
        act(ids[1], "reject", Map.of("reason", "too late")).statusCode(409);

        JsonNode reviewed = events.single("triage.draft.reviewed", ids[0]);
        assertThat(reviewed.path("data").path("decision").asText()).isEqualTo("APPROVED");
        JsonNode sent = events.single("triage.reply.sent", ids[0]);
        assertThat(sent.path("data").path("sentBy").asText()).isEqualTo("AGENT");
        assertThat(sent.path("data").path("aiGenerated").asBoolean()).isTrue();
        given().header("Authorization", agent()).get("/api/drafts?status=PENDING").then().body("id", not(hasItem(ids[1])));
    }

    @Test
    void shouldSendEditedText() {
        String[] ids = newDraft();
        act(ids[1], "edit-and-send", Map.of("text", "Yes, size M is in stock.")).statusCode(200)
                .body("status", equalTo("EDITED")).body("text", equalTo("Yes, size M is in stock."));
        assertThat(events.single("triage.reply.sent", ids[0]).path("data").path("content").path("text").asText())
                .isEqualTo("Yes, size M is in stock.");
    }

    @Test
    void shouldRejectWithoutSending() {
        String[] ids = newDraft();
        act(ids[1], "reject", Map.of("reason", "wrong product")).statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(events.of("triage.reply.sent", ids[0])).isEmpty();
        assertThat(events.single("triage.draft.reviewed", ids[0]).path("data").path("decision").asText())
                .isEqualTo("REJECTED");
    }

    @Test
    void shouldRejectInvalidBodiesAndStatus() {
        String draft = newDraft()[1];
        act(draft, "edit-and-send", Map.of("text", " ")).statusCode(400).body("violations.field", hasItem("text"));
        act(draft, "reject", Map.of()).statusCode(400).body("violations.field", hasItem("reason"));
        given().header("Authorization", agent()).get("/api/drafts?status=MAYBE").then().statusCode(400)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void shouldAnswer401403And404() {
        given().get("/api/drafts").then().statusCode(401);
        given().header("Authorization", author()).get("/api/drafts").then().statusCode(403);
        given().header("Authorization", author()).contentType(ContentType.JSON).body("{}")
                .post("/api/drafts/x/approve").then().statusCode(403);
        act("nope", "approve", Map.of()).statusCode(404);
        given().header("Authorization", agent()).get("/api/drafts/nope").then().statusCode(404);
    }
}
