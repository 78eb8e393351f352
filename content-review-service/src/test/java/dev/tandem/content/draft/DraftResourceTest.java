package dev.tandem.content.draft;

import static dev.tandem.content.ContentFixtures.AGENT;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.CLEAN_BODY;
import static dev.tandem.content.ContentFixtures.OTHER_AUTHOR;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.createDraft;
import static dev.tandem.content.ContentFixtures.draft;
import static dev.tandem.content.ContentFixtures.template;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.content.RecordedEvents;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftResourceTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void shouldStoreCheckedDraftAsRevisionOne() {
        String brand = createBrand();
        Map<String, Object> request = draft(brand, "This is a game-changer for your next trip.");
        request.put("campaignId", "spring-sale");

        String id = given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(request)
                .when().post("/api/drafts")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/drafts/"))
                .body("id", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(1))
                .body("brandVersion", equalTo(1))
                .body("author", equalTo("ana-author"))
                .body("campaignId", equalTo("spring-sale"))
                .body("findings.code", hasItem("BANNED_PHRASE"))
                .body("findings.id", everyItem(notNullValue()))
                .body("voiceScore", notNullValue())
                .extract().path("id");

        JsonNode checked = RecordedEvents.last(outbox, id, "content.draft.checked");
        assertThat(checked.path("correlationid").asText()).isEqualTo(id);
        JsonNode data = checked.path("data");
        assertThat(data.path("draftId").asText()).isEqualTo(id);
        assertThat(data.path("revision").asInt()).isEqualTo(1);
        assertThat(data.path("kind").asText()).isEqualTo("MARKETING");
        assertThat(data.path("brandId").asText()).isEqualTo(brand);
        assertThat(data.path("brandVersion").asInt()).isEqualTo(1);
        assertThat(data.path("campaignId").asText()).isEqualTo("spring-sale");
        assertThat(data.path("origin").asText()).isEqualTo("HUMAN");
        assertThat(data.path("findingCounts").path("BANNED_PHRASE").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(data.has("voiceScore")).isTrue();
        assertThat(data.path("content").path("body").asText()).contains("game-changer");
    }

    @Test
    void shouldRequireIntentAndLanguageForReplyTemplates() {
        String brand = createBrand();
        Map<String, Object> request = template(brand, "ORDER_STATUS", "en");
        request.remove("intent");
        request.remove("language");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(request)
                .when().post("/api/drafts").then(), "intent")
                .body("violations.field", hasItem("language"));

        Map<String, Object> badLanguage = template(brand, "ORDER_STATUS", "English!");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(badLanguage)
                .when().post("/api/drafts").then(), "language");
        // triage matches templates on ISO 639-1 codes and the contract's intents
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(template(brand, "ORDER_STATUS", "pt-BR")).when().post("/api/drafts").then(), "language");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(template(brand, "GIFT_WRAPPING", "en")).when().post("/api/drafts").then(), "intent");

        given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(template(brand, "ORDER_STATUS", "en"))
                .when().post("/api/drafts")
                .then().statusCode(201).body("kind", equalTo("REPLY_TEMPLATE")).body("intent", equalTo("ORDER_STATUS"))
                .body("language", equalTo("en")).body("model", equalTo("fixture-model-1"));
    }

    @Test
    void shouldRejectBadDraftInput() {
        String brand = createBrand();
        Map<String, Object> noKind = draft(brand, CLEAN_BODY);
        noKind.remove("kind");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(noKind)
                .when().post("/api/drafts").then(), "kind");
        Map<String, Object> badKind = draft(brand, CLEAN_BODY);
        badKind.put("kind", "POSTER");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(badKind)
                .when().post("/api/drafts").then(), "kind");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(draft(brand, ""))
                .when().post("/api/drafts").then(), "body");
        isViolation(given().header("Authorization", AUTHOR).when().get("/api/drafts?status=LOST").then(), "status");
    }

    @Test
    void shouldKeepEveryRevisionWithLineDiff() {
        String brand = createBrand();
        String id = createDraft(AUTHOR, draft(brand, "First line.\nSecond line.\nThird line."));

        given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("body", "First line.\nSecond line, better.\nThird line."))
                .when().put("/api/drafts/" + id)
                .then().statusCode(200).body("revision", equalTo(2)).body("title", equalTo("Weekend rain"));
        given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("body", "First line.\nSecond line, better.", "title", "Rainy weekend"))
                .when().post("/api/drafts/" + id + "/revisions")
                .then().statusCode(201).body("revision", equalTo(3));

        JsonPath history = given().header("Authorization", REVIEWER).when().get("/api/drafts/" + id + "/revisions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("revision", Integer.class)).containsExactly(1, 2, 3);
        assertThat(history.getList("diff[1].op", String.class))
                .containsExactly("UNCHANGED", "REMOVED", "ADDED", "UNCHANGED");
        assertThat(history.getString("diff[1][1].text")).isEqualTo("Second line.");
        assertThat(history.getString("diff[1][2].text")).isEqualTo("Second line, better.");
        assertThat(history.getList("diff[2].op", String.class)).containsExactly("UNCHANGED", "UNCHANGED", "REMOVED");
        assertThat(history.getBoolean("titleChanged[2]")).isTrue();
        assertThat(RecordedEvents.typesAbout(outbox, id).stream().filter("content.draft.checked"::equals)).hasSize(3);
    }

    @Test
    void shouldLetOnlyTheAuthorRevise() {
        String id = createDraft(AUTHOR, draft(createBrand(), CLEAN_BODY));
        isProblem(given().header("Authorization", OTHER_AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("body", "Mine now.")).when().put("/api/drafts/" + id).then(), 403);
        isProblem(given().header("Authorization", REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("body", "Mine now.")).when().put("/api/drafts/" + id).then(), 403);
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("title", "no body")).when().put("/api/drafts/" + id).then(), "body");
    }

    @Test
    void shouldListDraftsByStatus() {
        String brand = createBrand();
        String kept = createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        String submitted = createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body("{}")
                .when().post("/api/drafts/" + submitted + "/submit").then().statusCode(200);

        given().header("Authorization", REVIEWER).queryParam("status", "IN_REVIEW").queryParam("brandId", brand)
                .when().get("/api/drafts")
                .then().statusCode(200).body("id", equalTo(List.of(submitted)));
        given().header("Authorization", AUTHOR).queryParam("status", "draft").queryParam("brandId", brand)
                .when().get("/api/drafts")
                .then().statusCode(200).body("id", hasItem(kept)).body("id", not(hasItem(submitted)));
    }

    @Test
    void shouldRequireTokenAndRoles() {
        String brand = createBrand();
        String id = createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        isProblem(given().contentType(ContentType.JSON).body(draft(brand, CLEAN_BODY))
                .when().post("/api/drafts").then(), 401);
        isProblem(given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body(draft(brand, CLEAN_BODY))
                .when().post("/api/drafts").then(), 403);
        isProblem(given().when().get("/api/drafts/" + id).then(), 401);
        isProblem(given().header("Authorization", AGENT).when().get("/api/drafts/" + id).then(), 403);
        isProblem(given().header("Authorization", AGENT).when().get("/api/drafts").then(), 403);
        isProblem(given().header("Authorization", AGENT).when().get("/api/drafts/" + id + "/revisions").then(), 403);
        isProblem(given().when().get("/api/drafts/" + id + "/revisions").then(), 401);
    }

    @Test
    void shouldAnswerNotFound() {
        isProblem(given().header("Authorization", AUTHOR).when().get("/api/drafts/nope").then(), 404);
        isProblem(given().header("Authorization", AUTHOR).when().get("/api/drafts/nope/revisions").then(), 404);
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(Map.of("body", "x"))
                .when().put("/api/drafts/nope").then(), 404);
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(draft("no-such-brand", CLEAN_BODY)).when().post("/api/drafts").then(), 404);
    }
}
