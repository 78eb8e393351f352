package dev.tandem.triage.intake;

import static dev.tandem.triage.TriageFixtures.LEGAL_THREAT;
import static dev.tandem.triage.TriageFixtures.PRODUCT_QUESTION;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversationResourceTest {

    @Test
    void shouldShowTranscriptWithSentimentAndRoutePerMessage() {
        String customer = unique("c");
        String conversation = post(message(PRODUCT_QUESTION, null, customer)).statusCode(201)
                .extract().path("conversationId");
        post(message(LEGAL_THREAT, conversation, customer)).statusCode(201).body("conversationId", equalTo(conversation));

        given().header("Authorization", agent()).get("/api/conversations/" + conversation).then().statusCode(200)
                .body("id", equalTo(conversation))
                .body("customerId", equalTo(customer))
                .body("transcript.size()", equalTo(2))
                .body("transcript[0].route", equalTo("DRAFT_FOR_REVIEW"))
                .body("transcript[1].route", equalTo("HUMAN"))
                .body("transcript[1].sentiment", notNullValue())
                .body("transcript[1].explanation", notNullValue());
    }

    @Test
    void shouldAnswer401403And404() {
        given().get("/api/conversations/x").then().statusCode(401);
        given().header("Authorization", author()).get("/api/conversations/x").then().statusCode(403);
        given().header("Authorization", agent()).get("/api/conversations/x").then().statusCode(404)
                .body("status", equalTo(404));
    }
}
