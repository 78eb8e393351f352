package dev.tandem.triage.intake;

import static dev.tandem.triage.TriageFixtures.LEGAL_THREAT;
import static dev.tandem.triage.TriageFixtures.ORDER_STATUS;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.intake;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.testing.TestTokens;
import dev.tandem.triage.RecordedEvents;
import dev.tandem.triage.TemplateFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MessageResourceTest {

    @Inject
    EntityManager em;
    @Inject
    RecordedEvents events;

    @Test
    void shouldRouteLegalThreatToHumanWithHandoffAndEvents() {
        Map<String, Object> request = message(LEGAL_THREAT);
        String id = post(request).statusCode(201)
                .header("Location", containsString("/api/messages/"))
                .body("route", equalTo("HUMAN"))
                .body("correlationId", notNullValue())
                .body("triggers.code", hasItem("LEGAL_RISK"))
                .body("handoff.id", notNullValue())
                .body("handoff.queue", notNullValue())
                .body("handoff.priority", notNullValue())
                .body("handoff.slaDueAt", notNullValue())
                .body("reply", nullValue())
                .body("classifier", notNullValue())
                .body("policyVersion", notNullValue())
                .extract().path("id");

        JsonNode triaged = events.single("triage.message.triaged", id);
        assertThat(triaged.path("actortype").asText()).isEqualTo("AI");
        assertThat(triaged.path("data").path("route").asText()).isEqualTo("HUMAN");
        assertThat(triaged.path("data").path("dataSubject").asText()).hasSize(32)
                .isNotEqualTo(((Map<?, ?>) request.get("customer")).get("id"));
        assertThat(triaged.path("data").path("content").path("body").asText()).contains("sue");
        assertThat(events.of("triage.handoff.created", id)).hasSize(1);
    }

    @Test
    void shouldAutoReplyFromApprovedTemplateWithDisclosure() {
        TemplateFixtures.publishAndAwait(unique("tpl-order"), "ORDER_STATUS", "en",
                "Your order is on its way; track it any time under My Orders.", 1);

        String id = post(message(ORDER_STATUS)).statusCode(201)
                .body("route", equalTo("AUTO_REPLY"))
                .body("intent", equalTo("ORDER_STATUS"))
                .body("reply.text", containsString("Your order is on its way"))
                .body("reply.text", containsString("AI"))
                .body("reply.templateId", notNullValue())
                .body("reply.language", equalTo("en"))
                .body("handoff", nullValue())
                .extract().path("id");

        JsonNode sent = events.single("triage.reply.sent", id);
        assertThat(sent.path("data").path("sentBy").asText()).isEqualTo("AUTO");
        assertThat(sent.path("data").path("aiDisclosed").asBoolean()).isTrue();
    }

    @Test
    void shouldRedactContactDetailsFromEventsButKeepThemStored() {
        Map<String, Object> request = message(LEGAL_THREAT + " Mail me at jane.doe@example.com or call +44 7700 900123.");
        String id = post(request).statusCode(201).extract().path("id");

        String body = events.single("triage.message.triaged", id).path("data").path("content").path("body").asText();
        assertThat(body).doesNotContain("jane.doe@example.com").doesNotContain("7700 900123").contains("[email]");
        given().header("Authorization", agent()).get("/api/messages/" + id).then().statusCode(200)
                .body("decision.evaluations", not(org.hamcrest.Matchers.empty()))
                .body("decision.lexiconVersion", notNullValue())
                .body("decision.evaluations.matched", hasItems(true, false));
    }

    @Test
    void shouldDescribeEveryEvaluatedRuleFromThePolicyVersionNotFromTheStoredRecord() {
        String id = post(message(ORDER_STATUS)).statusCode(201).extract().path("id");

        given().header("Authorization", agent()).get("/api/messages/" + id).then().statusCode(200)
                .body("decision.evaluations.description", not(hasItem(nullValue())))
                .body("decision.evaluations.find { it.ruleId == 'legal-threat' }.description",
                        equalTo("Lawyers, court, regulators or another legal threat"))
                .body("decision.evaluations.find { it.ruleId == 'guard.ai-opt-out' }.description",
                        equalTo("An opted-out customer never receives AI text"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select evaluations from customer_message where id = ?1").setParameter(1, id)
                .getSingleResult());
        assertThat(stored).contains("\"ruleId\":\"legal-threat\"").doesNotContain("description");
    }

    @Test
    void shouldReturnFirstResultForRepeatedExternalIdAndChangeNothing() {
        Map<String, Object> request = message(LEGAL_THREAT);
        String id = post(request).statusCode(201).extract().path("id");
        String handoff = given().header("Authorization", agent()).get("/api/messages/" + id).then()
                .extract().path("handoff.id");

        request.put("body", "Completely different text this time");
        post(request).statusCode(200).body("id", equalTo(id)).body("route", equalTo("HUMAN"))
                .body("handoff.id", equalTo(handoff));

        assertThat(events.of("triage.message.triaged", id)).hasSize(1);
    }

    @Test
    void shouldTreatSameExternalIdOnAnotherChannelAsNewMessage() {
        Map<String, Object> request = message(LEGAL_THREAT);
        String first = post(request).statusCode(201).extract().path("id");
        request.put("channel", "CHAT");
        post(request).statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void shouldRejectInvalidMessageWithViolations() {
        Map<String, Object> request = message("");
        request.remove("externalId");
        ((Map<String, Object>) request.get("customer")).put("language", "english");
        post(request).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("violations.field", hasItems("externalId", "body", "customer.language"));
    }

    @Test
    void shouldRejectUnknownChannelValue() {
        Map<String, Object> request = message(ORDER_STATUS);
        request.put("channel", "PIGEON");
        post(request).statusCode(400).body("violations.field", hasItem("channel"));
    }

    @Test
    void shouldRejectMissingToken() {
        given().contentType(ContentType.JSON).body(message(ORDER_STATUS)).post("/api/messages").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldVerifyEveryDistinctTokenAndNeverAcceptAnExpiredOrAlteredOne() {
        String token = TestTokens.token("agent-cache", Roles.AGENT);
        for (int i = 0; i < 3; i++) {
            // 404, not 401: authenticated each time (from the second time on, from the verified-token cache)
            given().header("Authorization", "Bearer " + token).get("/api/messages/nope").then().statusCode(404);
        }
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().header("Authorization", "Bearer " + altered).get("/api/messages/nope").then().statusCode(401)
                .contentType("application/problem+json");
        String expired = TestTokens.expired("agent-cache", Roles.AGENT);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + expired).get("/api/messages/nope").then().statusCode(401);
        }
    }

    @Test
    void shouldRejectWrongRole() {
        given().header("Authorization", author()).contentType(ContentType.JSON).body(message(ORDER_STATUS))
                .post("/api/messages").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldReturn404ForUnknownConversationAndMessage() {
        post(message(ORDER_STATUS, "no-such-conversation", unique("c"))).statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", agent()).get("/api/messages/nope").then().statusCode(404)
                .body("status", equalTo(404));
        given().header("Authorization", intake()).get("/api/messages/nope").then().statusCode(404);
        given().get("/api/messages/nope").then().statusCode(401);
        given().header("Authorization", author()).get("/api/messages/nope").then().statusCode(403);
    }

    @Test
    void shouldRejectMessageForConversationOfAnotherCustomer() {
        String conversation = post(message(LEGAL_THREAT)).statusCode(201).extract().path("conversationId");
        post(message(ORDER_STATUS, conversation, unique("other"))).statusCode(400)
                .body("violations.field", hasItem("conversationId"));
    }
}
