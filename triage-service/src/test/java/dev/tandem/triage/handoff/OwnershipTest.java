package dev.tandem.triage.handoff;

import static dev.tandem.triage.TriageFixtures.ORDER_STATUS;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.postHumanCase;
import static dev.tandem.triage.TriageFixtures.unique;
import static dev.tandem.triage.handoff.HandoffFixtures.claim;
import static dev.tandem.triage.handoff.HandoffFixtures.resolve;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.triage.RecordedEvents;
import dev.tandem.triage.TemplateFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Once a person claims a conversation, later messages go to them and the AI never replies over them. */
@QuarkusTest
class OwnershipTest {

    @Inject
    RecordedEvents events;

    @Test
    void shouldSendLaterMessagesOfClaimedConversationToItsOwnerNotTheAi() {
        TemplateFixtures.publishAndAwait(unique("tpl-order"), "ORDER_STATUS", "en", "Track your order under My Orders.", 1);
        String customer = unique("c");
        ExtractableResponse<Response> first = postHumanCase(null, customer).extract();
        String conversation = first.path("conversationId");
        String handoff = first.path("handoff.id");
        claim(handoff, "agent-owner").statusCode(200);

        String followUp = post(message(ORDER_STATUS, conversation, customer)).statusCode(201)
                .body("route", equalTo("HUMAN"))
                .body("reply", nullValue())
                .body("triggers.code", hasItem("CONVERSATION_OWNED"))
                .body("handoff.id", equalTo(handoff))
                .extract().path("id");

        assertThat(events.of("triage.reply.sent", followUp)).isEmpty();
        given().header("Authorization", agent()).get("/api/conversations/" + conversation).then().statusCode(200)
                .body("ownerAgentId", equalTo("agent-owner"))
                .body("transcript.size()", equalTo(2))
                .body("transcript[1].route", equalTo("HUMAN"));
    }

    @Test
    void shouldAssignNewHandoffToOwnerAfterEarlierOneWasResolved() {
        String customer = unique("c");
        ExtractableResponse<Response> first = postHumanCase(null, customer).extract();
        String conversation = first.path("conversationId");
        String handoff = first.path("handoff.id");
        claim(handoff, "agent-owner").statusCode(200);
        resolve(handoff, "agent-owner", true).statusCode(200);

        String next = post(message(ORDER_STATUS, conversation, customer)).statusCode(201)
                .body("route", equalTo("HUMAN")).extract().path("handoff.id");

        given().header("Authorization", agent()).get("/api/handoffs/" + next).then().statusCode(200)
                .body("handoff.status", equalTo("CLAIMED"))
                .body("handoff.claimedBy", equalTo("agent-owner"));
    }

    @Test
    void shouldLetTheAiAnswerAgainAfterTheOwnerReleasedTheConversation() {
        String customer = unique("c");
        ExtractableResponse<Response> first = postHumanCase(null, customer).extract();
        String conversation = first.path("conversationId");
        String handoff = first.path("handoff.id");
        claim(handoff, "agent-owner").statusCode(200);
        HandoffFixtures.action(handoff, "release", agent("agent-owner"), java.util.Map.of()).statusCode(200);

        given().header("Authorization", agent()).get("/api/conversations/" + conversation).then()
                .body("ownerAgentId", nullValue());
    }
}
