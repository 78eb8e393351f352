package dev.tandem.content.campaign;

import static dev.tandem.content.ContentFixtures.ADMIN;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.BRAND_ADMIN;
import static dev.tandem.content.ContentFixtures.CLEAN_BODY;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.SECOND_REVIEWER;
import static dev.tandem.content.ContentFixtures.approve;
import static dev.tandem.content.ContentFixtures.campaign;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.createDraft;
import static dev.tandem.content.ContentFixtures.draft;
import static dev.tandem.content.ContentFixtures.publish;
import static dev.tandem.content.ContentFixtures.step;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.content.RecordedEvents;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Campaign freezes block publishing; an emergency override needs two different people. */
@QuarkusTest
class CampaignFreezeTest {

    @Inject
    OutboxRepository outbox;

    private static String approvedDraftIn(String campaignId) {
        Map<String, Object> request = draft(createBrand(), CLEAN_BODY);
        request.put("campaignId", campaignId);
        String id = createDraft(AUTHOR, request);
        step(AUTHOR, id, "submit", Map.of()).statusCode(200);
        approve(REVIEWER, id).statusCode(200);
        return id;
    }

    private static Map<String, Object> window(Instant startsAt, Instant endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "Flooding in the region");
        if (startsAt != null) {
            body.put("startsAt", startsAt.toString());
        }
        body.put("endsAt", endsAt.toString());
        return body;
    }

    private static String freeze(String token, String campaignId, Map<String, Object> window) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(window)
                .when().post("/api/campaigns/" + campaignId + "/freezes")
                .then().statusCode(201).body("campaignId", equalTo(campaignId)).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse override(String token, String draftId) {
        return step(token, draftId, "publish-overrides", Map.of("reason", "Safety recall notice"));
    }

    @Test
    void shouldRefusePublishingDuringFreezeAndAllowAfterUnfreeze() {
        String camp = campaign();
        String id = approvedDraftIn(camp);
        String freezeId = freeze(REVIEWER, camp, window(null, Instant.now().plus(2, ChronoUnit.DAYS)));

        isProblem(publish(REVIEWER, id), 409).body("title", equalTo("Campaign frozen"));
        given().header("Authorization", BRAND_ADMIN).when().delete("/api/campaigns/" + camp + "/freezes/" + freezeId)
                .then().statusCode(200).body("active", equalTo(false)).body("liftedBy", equalTo("bea-brand"));
        publish(REVIEWER, id).statusCode(200).body("status", equalTo("PUBLISHED"));

        JsonNode frozen = RecordedEvents.last(outbox, freezeId, "content.campaign.frozen");
        assertThat(frozen.path("correlationid").asText()).isEqualTo(camp);
        assertThat(frozen.path("data").path("reason").asText()).isEqualTo("Flooding in the region");
        assertThat(frozen.path("data").path("by").asText()).isEqualTo("rita-reviewer");
        assertThat(frozen.path("data").has("startsAt")).isTrue();
        assertThat(frozen.path("data").has("endsAt")).isTrue();
        JsonNode unfrozen = RecordedEvents.last(outbox, freezeId, "content.campaign.unfrozen");
        assertThat(unfrozen.path("data").path("campaignId").asText()).isEqualTo(camp);
        assertThat(unfrozen.path("data").path("by").asText()).isEqualTo("bea-brand");
    }

    @Test
    void shouldNotBlockBeforeFreezeStartsOrInOtherCampaigns() {
        String camp = campaign();
        freeze(ADMIN, camp, window(Instant.now().plus(1, ChronoUnit.DAYS), Instant.now().plus(2, ChronoUnit.DAYS)));
        freeze(ADMIN, campaign(), window(null, Instant.now().plus(1, ChronoUnit.DAYS)));
        publish(REVIEWER, approvedDraftIn(camp)).statusCode(200);
    }

    @Test
    void shouldPublishFrozenDraftOnlyWithOverrideByTwoDifferentPeople() {
        String camp = campaign();
        String id = approvedDraftIn(camp);
        freeze(BRAND_ADMIN, camp, window(null, Instant.now().plus(1, ChronoUnit.DAYS)));

        override(REVIEWER, id).statusCode(201).body("signatures", hasSize(1)).body("complete", equalTo(false));
        isProblem(override(REVIEWER, id), 409).body("title", equalTo("Already signed"));
        isProblem(publish(REVIEWER, id), 409);
        isProblem(override(AUTHOR, id), 403);

        override(ADMIN, id).statusCode(201).body("signatures", hasSize(2)).body("complete", equalTo(true));
        publish(SECOND_REVIEWER, id).statusCode(200).body("status", equalTo("PUBLISHED"));
        JsonNode published = RecordedEvents.last(outbox, id, "content.draft.published").path("data");
        assertThat(published.path("freezeOverridden").isTextual()).isTrue();
    }

    @Test
    void shouldLiftAllFreezesOfCampaign() {
        String camp = campaign();
        freeze(REVIEWER, camp, window(null, Instant.now().plus(1, ChronoUnit.DAYS)));
        given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/campaigns/" + camp + "/unfreeze")
                .then().statusCode(200).body("$", hasSize(1));
        isProblem(given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/campaigns/" + camp + "/unfreeze").then(), 409);
        given().header("Authorization", AUTHOR).when().get("/api/campaigns/" + camp + "/freezes")
                .then().statusCode(200).body("active", equalTo(java.util.List.of(false)));
    }

    @Test
    void shouldRejectBadFreezeWindows() {
        String camp = campaign();
        Instant now = Instant.now();
        isViolation(given().header("Authorization", REVIEWER).contentType(ContentType.JSON)
                .body(window(now.plusSeconds(7200), now.plusSeconds(3600)))
                .when().post("/api/campaigns/" + camp + "/freezes").then(), "endsAt");
        isViolation(given().header("Authorization", REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("endsAt", now.plusSeconds(60).toString()))
                .when().post("/api/campaigns/" + camp + "/freezes").then(), "reason");
        isViolation(given().header("Authorization", REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "endsAt", "tomorrow"))
                .when().post("/api/campaigns/" + camp + "/freezes").then(), "endsAt");
        String id = approvedDraftIn(camp);
        isViolation(step(REVIEWER, id, "publish-overrides", Map.of()), "reason");
    }

    @Test
    void shouldCheckRolesAndExistence() {
        String camp = campaign();
        Map<String, Object> body = window(null, Instant.now().plusSeconds(3600));
        isProblem(given().contentType(ContentType.JSON).body(body)
                .when().post("/api/campaigns/" + camp + "/freezes").then(), 401);
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/campaigns/" + camp + "/freezes").then(), 403);
        isProblem(given().header("Authorization", REVIEWER)
                .when().delete("/api/campaigns/" + camp + "/freezes/nope").then(), 404);
        isProblem(given().header("Authorization", AUTHOR)
                .when().delete("/api/campaigns/" + camp + "/freezes/nope").then(), 403);
        isProblem(step(REVIEWER, "nope", "publish-overrides", Map.of("reason", "x")), 404);
        isProblem(step(AUTHOR, "nope", "publish-overrides", Map.of("reason", "x")), 403);
        String freezeId = freeze(REVIEWER, camp, body);
        given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/campaigns/" + camp + "/freezes/" + freezeId + "/unfreeze").then().statusCode(200);
        isProblem(given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/campaigns/" + camp + "/freezes/" + freezeId + "/unfreeze").then(), 409);
    }
}
