package dev.tandem.content;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared test data and REST shortcuts for content-review-service tests. */
public final class ContentFixtures {

    public static final String AUTHOR = TestTokens.bearer("ana-author", "author");
    public static final String OTHER_AUTHOR = TestTokens.bearer("otto-author", "author");
    public static final String REVIEWER = TestTokens.bearer("rita-reviewer", "reviewer");
    public static final String SECOND_REVIEWER = TestTokens.bearer("raj-reviewer", "reviewer");
    /** Someone who is both author and reviewer: may review others' drafts, never their own. */
    public static final String AUTHOR_REVIEWER = TestTokens.bearer("ada-both", "author", "reviewer");
    public static final String BRAND_ADMIN = TestTokens.bearer("bea-brand", "brand-admin");
    public static final String ADMIN = TestTokens.bearer("adam-admin", "admin");
    public static final String AGENT = TestTokens.bearer("al-agent", "agent");

    /** On-voice copy that the checks should leave alone. */
    public static final String CLEAN_BODY = "Rain is in the forecast this weekend. Pack a light rain jacket and "
            + "a dry bag for your phone. Stop by the store and our team will help you pick the right gear.";
    /** Copy that ties a sale to a disaster: a sensitive topic, so it needs two approvals. */
    public static final String RISKY_BODY = "After the deadly earthquake, thousands of families lost their homes. "
            + "Don't miss out: buy our tents today before they sell out, only 3 left!";
    public static final String TEMPLATE_BODY = "Thanks for getting in touch. You can follow your order at any time "
            + "from the order page. This reply was drafted by our AI assistant; reply 'human' to reach a person.";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContentFixtures() {
    }

    /** The contract's sample profile, as a mutable map. */
    public static Map<String, Object> profile() {
        try (InputStream in = ContentFixtures.class.getResourceAsStream("/fixtures/brand-profile.json")) {
            return MAPPER.readValue(in, new TypeReference<HashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String createBrand() {
        return given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(profile())
                .when().post("/api/brands")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> draft(String brandId, String body) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("brandId", brandId);
        draft.put("kind", "MARKETING");
        draft.put("channel", "WEB");
        draft.put("origin", "HUMAN");
        draft.put("title", "Weekend rain");
        draft.put("body", body);
        draft.put("personalizationFields", List.of());
        return draft;
    }

    public static Map<String, Object> template(String brandId, String intent, String language) {
        Map<String, Object> draft = draft(brandId, TEMPLATE_BODY);
        draft.put("kind", "REPLY_TEMPLATE");
        draft.put("channel", "CHAT_REPLY");
        draft.put("origin", "AI");
        draft.put("model", "fixture-model-1");
        draft.put("intent", intent);
        draft.put("language", language);
        draft.put("title", intent + " reply");
        return draft;
    }

    public static String createDraft(String token, Map<String, Object> draft) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(draft)
                .when().post("/api/drafts")
                .then().statusCode(201).extract().path("id");
    }

    /** A clean marketing draft by {@link #AUTHOR}, already submitted. */
    public static String submittedDraft(String brandId) {
        String id = createDraft(AUTHOR, draft(brandId, CLEAN_BODY));
        step(AUTHOR, id, "submit", Map.of()).statusCode(200);
        return id;
    }

    /** A workflow step; a null token sends no Authorization header. */
    public static ValidatableResponse step(String token, String draftId, String step, Object body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.when().post("/api/drafts/" + draftId + "/" + step).then();
    }

    public static ValidatableResponse approve(String token, String draftId) {
        return step(token, draftId, "reviews", Map.of("decision", "APPROVE", "comment", "ok"));
    }

    public static ValidatableResponse publish(String token, String draftId) {
        return step(token, draftId, "publish", Map.of());
    }

    public static String campaign() {
        return "camp-" + UUID.randomUUID();
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
