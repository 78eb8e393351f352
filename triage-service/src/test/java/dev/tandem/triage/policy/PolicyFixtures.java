package dev.tandem.triage.policy;

import static dev.tandem.triage.TriageFixtures.admin;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Policy documents for the policy tests, derived from the policy in force. */
final class PolicyFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyFixtures() {
    }

    static ObjectNode currentRules() {
        String json = given().header("Authorization", admin()).get("/api/policy").then().statusCode(200)
                .extract().jsonPath().prettify();
        try {
            return (ObjectNode) MAPPER.readTree(json).get("rules");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current policy with a first rule that sends every product question to a person. */
    static ObjectNode productQuestionsToHuman() {
        ObjectNode policy = currentRules();
        ArrayNode rules = (ArrayNode) policy.get("rules");
        ObjectNode rule = MAPPER.createObjectNode();
        rule.put("id", "product-questions-human");
        rule.put("description", "Every product question goes to a person");
        rule.putObject("when").put("intent", "PRODUCT_QUESTION");
        rule.put("route", "HUMAN");
        rule.put("trigger", "KEY_ACCOUNT");
        rule.put("queue", "support");
        rule.put("priority", "P3");
        rules.insert(0, rule);
        return policy;
    }
}
