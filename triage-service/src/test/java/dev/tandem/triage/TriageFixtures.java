package dev.tandem.triage;

import static io.restassured.RestAssured.given;

import dev.tandem.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tokens and clear-cut customer messages shared by the triage tests. */
public final class TriageFixtures {

    public static final String LEGAL_THREAT = "I will sue you, my lawyer is writing to you today.";
    public static final String ORDER_STATUS = "Hi, where is my order 1234? Thanks!";
    /** A routine question no test publishes a template for, so it becomes a draft for review. */
    public static final String PRODUCT_QUESTION = "Hello, does the blue rain jacket come in size M?";

    private TriageFixtures() {
    }

    public static String intake() {
        return TestTokens.bearer("intake-system", "intake");
    }

    public static String agent(String user) {
        return TestTokens.bearer(user, "agent");
    }

    public static String agent() {
        return agent("agent-ann");
    }

    public static String supervisor() {
        return TestTokens.bearer("sup-sam", "supervisor");
    }

    public static String admin() {
        return TestTokens.bearer("admin-ada", "admin");
    }

    public static String author() {
        return TestTokens.bearer("author-al", "author");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static Map<String, Object> customer(String id, String language) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("id", id);
        customer.put("tier", "STANDARD");
        customer.put("tenureMonths", 6);
        customer.put("lifetimeValue", 120);
        customer.put("dealStage", "NONE");
        customer.put("aiOptOut", false);
        customer.put("language", language);
        customer.put("region", "UK");
        return customer;
    }

    /** A new message from a new customer in a new conversation. */
    public static Map<String, Object> message(String body) {
        return message(body, null, unique("c"));
    }

    public static Map<String, Object> message(String body, String conversationId, String customerId) {
        Map<String, Object> message = new HashMap<>();
        message.put("externalId", unique("mail"));
        message.put("conversationId", conversationId);
        message.put("channel", "EMAIL");
        message.put("customer", customer(customerId, "en"));
        message.put("subject", "Question");
        message.put("body", body);
        return message;
    }

    public static ValidatableResponse post(Map<String, Object> message) {
        return given().header("Authorization", intake()).contentType(ContentType.JSON).body(message)
                .when().post("/api/messages").then();
    }

    /** Posts a message that must be handed to a person and returns the response. */
    public static ValidatableResponse postHumanCase(String conversationId, String customerId) {
        return post(message(LEGAL_THREAT, conversationId, customerId)).statusCode(201);
    }
}
