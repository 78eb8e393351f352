package dev.tandem.triage.intake;

import static dev.tandem.triage.TriageFixtures.LEGAL_THREAT;
import static dev.tandem.triage.TriageFixtures.ORDER_STATUS;
import static dev.tandem.triage.TriageFixtures.PRODUCT_QUESTION;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.triage.TemplateFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rows intake writes have no foreign keys (migration V3, ADR 0004): this checks what the keys used
 * to, over every row in the schema (the rows of the other tests too), after writing each kind of row here.
 */
@QuarkusTest
class ReferentialIntegrityTest {

    /** child table, reference column, parent table: the foreign keys V3 dropped. */
    private static final String[][] REFERENCES = {
            {"customer_message", "conversation_id", "conversation"},
            {"reply", "message_id", "customer_message"},
            {"reply", "conversation_id", "conversation"},
            {"ai_draft", "message_id", "customer_message"},
            {"ai_draft", "conversation_id", "conversation"},
            {"handoff", "message_id", "customer_message"},
            {"handoff", "conversation_id", "conversation"},
    };

    @Inject
    EntityManager em;

    @Test
    void shouldLeaveNoRowPointingAtAMissingParent() {
        String template = unique("integrity-order");
        TemplateFixtures.publishAndAwait(template, "ORDER_STATUS", "en",
                "Your order is on its way. This reply was written by our AI assistant.", 1);
        String customer = unique("c");
        String conversation = post(message(ORDER_STATUS, null, customer)).statusCode(201)
                .extract().path("conversationId");
        // a follow-up in the same conversation, an escalation, and a draft that an agent approves (a human reply)
        post(message(LEGAL_THREAT, conversation, customer)).statusCode(201);
        String draft = post(message(PRODUCT_QUESTION)).statusCode(201).extract().path("draft.id");
        given().header("Authorization", agent("agent-ria")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/drafts/" + draft + "/approve").then().statusCode(200);

        for (String[] ref : REFERENCES) {
            assertThat(count("select count(*) from " + ref[0]))
                    .as("%s has rows to check", ref[0]).isPositive();
            assertThat(count("select count(*) from " + ref[0] + " c where not exists (select 1 from " + ref[2]
                    + " p where p.id = c." + ref[1] + ")"))
                    .as("%s.%s pointing at a missing %s", ref[0], ref[1], ref[2]).isZero();
        }
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
