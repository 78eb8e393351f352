package dev.tandem.content.draft;

import static dev.tandem.content.ContentFixtures.AGENT;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.AUTHOR_REVIEWER;
import static dev.tandem.content.ContentFixtures.CLEAN_BODY;
import static dev.tandem.content.ContentFixtures.OTHER_AUTHOR;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.RISKY_BODY;
import static dev.tandem.content.ContentFixtures.SECOND_REVIEWER;
import static dev.tandem.content.ContentFixtures.approve;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.createDraft;
import static dev.tandem.content.ContentFixtures.draft;
import static dev.tandem.content.ContentFixtures.publish;
import static dev.tandem.content.ContentFixtures.step;
import static dev.tandem.content.ContentFixtures.submittedDraft;
import static dev.tandem.content.ContentFixtures.template;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.content.RecordedEvents;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review state machine through its HTTP API, including every forbidden transition. */
@QuarkusTest
class WorkflowResourceTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void shouldPublishAfterSubmitAndApproval() {
        String id = submittedDraft(createBrand());
        approve(REVIEWER, id).statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvals", equalTo(java.util.List.of("rita-reviewer")));
        publish(SECOND_REVIEWER, id).statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedRevision", equalTo(1)).body("publishedBy", equalTo("raj-reviewer"));

        assertThat(RecordedEvents.typesAbout(outbox, id)).containsExactly("content.draft.checked",
                "content.draft.submitted", "content.review.decided", "content.draft.published");
        JsonNode decided = RecordedEvents.last(outbox, id, "content.review.decided").path("data");
        assertThat(decided.path("decision").asText()).isEqualTo("APPROVE");
        assertThat(decided.path("reviewer").asText()).isEqualTo("rita-reviewer");
        assertThat(decided.path("revision").asInt()).isEqualTo(1);
        JsonNode published = RecordedEvents.last(outbox, id, "content.draft.published");
        assertThat(published.path("actortype").asText()).isEqualTo("HUMAN");
        assertThat(published.path("data").path("publishedBy").asText()).isEqualTo("raj-reviewer");
    }

    @Test
    void shouldForbidSelfApproval() {
        String id = createDraft(AUTHOR_REVIEWER, draft(createBrand(), CLEAN_BODY));
        step(AUTHOR_REVIEWER, id, "submit", Map.of()).statusCode(200);
        isProblem(approve(AUTHOR_REVIEWER, id), 403);
        isProblem(step(AUTHOR_REVIEWER, id, "reviews", Map.of("decision", "REJECT", "comment", "meh")), 403);
        isProblem(step(AUTHOR_REVIEWER, id, "reviews", Map.of("decision", "REJECT")), 403);
    }

    @Test
    void shouldForbidSubmitByAnyoneButTheAuthor() {
        String id = createDraft(AUTHOR, draft(createBrand(), CLEAN_BODY));
        isProblem(step(OTHER_AUTHOR, id, "submit", Map.of()), 403);
        isProblem(step(REVIEWER, id, "submit", Map.of()), 403);
        isProblem(step(null, id, "submit", Map.of()), 401);
    }

    @Test
    void shouldRefusePublishingUnapprovedDraft() {
        String brand = createBrand();
        String draftOnly = createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        isProblem(publish(REVIEWER, draftOnly), 409);
        String inReview = submittedDraft(brand);
        isProblem(publish(REVIEWER, inReview), 409).body("title", equalTo("Approvals missing"));
    }

    @Test
    void shouldRefuseReviewsOutsideReview() {
        String brand = createBrand();
        String id = createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        isProblem(approve(REVIEWER, id), 409);
        String approved = submittedDraft(brand);
        approve(REVIEWER, approved).statusCode(200);
        isProblem(approve(SECOND_REVIEWER, approved), 409);
        isProblem(step(AUTHOR, approved, "submit", Map.of()), 409);
    }

    @Test
    void shouldLapseApprovalWhenDraftIsEdited() {
        String id = submittedDraft(createBrand());
        approve(REVIEWER, id).statusCode(200).body("status", equalTo("APPROVED"));

        RestAssured.given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("body", CLEAN_BODY + " See you out there."))
                .when().put("/api/drafts/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("revision", equalTo(2))
                .body("approvals", hasSize(0));
        isProblem(publish(REVIEWER, id), 409);

        step(AUTHOR, id, "submit", Map.of()).statusCode(200);
        isProblem(publish(REVIEWER, id), 409);
        approve(REVIEWER, id).statusCode(200).body("status", equalTo("APPROVED")).body("revision", equalTo(2));
        publish(REVIEWER, id).statusCode(200).body("publishedRevision", equalTo(2));
    }

    @Test
    void shouldNeedTwoDifferentReviewersForRiskyDraft() {
        String id = createDraft(AUTHOR, draft(createBrand(), RISKY_BODY));
        RestAssured.given().header("Authorization", REVIEWER).when().get("/api/drafts/" + id)
                .then().body("risky", equalTo(true)).body("requiredApprovals", equalTo(2));
        step(AUTHOR, id, "submit", Map.of()).statusCode(200);

        approve(REVIEWER, id).statusCode(200).body("status", equalTo("IN_REVIEW")).body("approvals", hasSize(1));
        isProblem(approve(REVIEWER, id), 409).body("title", equalTo("Already approved"));
        isProblem(publish(REVIEWER, id), 409).body("title", equalTo("Approvals missing"));

        approve(SECOND_REVIEWER, id).statusCode(200).body("status", equalTo("APPROVED")).body("approvals", hasSize(2));
        publish(REVIEWER, id).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldSendDraftBackOnRequestChangesAndAllowResubmit() {
        String id = submittedDraft(createBrand());
        isViolation(step(REVIEWER, id, "reviews", Map.of("decision", "REQUEST_CHANGES")), "comment");
        step(REVIEWER, id, "reviews", Map.of("decision", "REQUEST_CHANGES", "comment", "Shorter, please."))
                .statusCode(200).body("status", equalTo("CHANGES_REQUESTED"))
                .body("reviews[0].comment", equalTo("Shorter, please."));
        step(AUTHOR, id, "submit", Map.of()).statusCode(200).body("status", equalTo("IN_REVIEW"));
        JsonNode decided = RecordedEvents.last(outbox, id, "content.review.decided").path("data");
        assertThat(decided.path("decision").asText()).isEqualTo("REQUEST_CHANGES");
    }

    @Test
    void shouldEndDraftOnReject() {
        String id = submittedDraft(createBrand());
        step(REVIEWER, id, "reviews", Map.of("decision", "REJECT", "comment", "Off brand."))
                .statusCode(200).body("status", equalTo("REJECTED"));
        isProblem(step(AUTHOR, id, "submit", Map.of()), 409);
        isProblem(publish(REVIEWER, id), 409);
        isProblem(RestAssured.given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("body", "Try again")).when().put("/api/drafts/" + id).then(), 409);
    }

    @Test
    void shouldRejectBadReviewInput() {
        String id = submittedDraft(createBrand());
        isViolation(step(REVIEWER, id, "reviews", Map.of("decision", "MAYBE")), "decision");
        isViolation(step(REVIEWER, id, "reviews", Map.of("comment", "no decision")), "decision");
    }

    @Test
    void shouldCheckRolesAndExistenceOnWorkflowSteps() {
        String id = submittedDraft(createBrand());
        isProblem(step(null, id, "reviews", Map.of("decision", "APPROVE")), 401);
        isProblem(step(AUTHOR, id, "reviews", Map.of("decision", "APPROVE")), 403);
        isProblem(step(AGENT, id, "publish", Map.of()), 403);
        isProblem(step(AUTHOR, id, "publish", Map.of()), 403);
        isProblem(step(null, id, "publish", Map.of()), 401);
        isProblem(step(AUTHOR, "nope", "submit", Map.of()), 404);
        isProblem(approve(REVIEWER, "nope"), 404);
        isProblem(publish(REVIEWER, "nope"), 404);
    }

    @Test
    void shouldPublishReplyTemplateWithStableTemplateId() {
        String brand = createBrand();
        String id = createDraft(AUTHOR, template(brand, "SHIPPING", "en"));
        step(AUTHOR, id, "submit", Map.of()).statusCode(200);
        approve(REVIEWER, id).statusCode(200);
        if (publish(REVIEWER, id).extract().statusCode() == 409) {
            approve(SECOND_REVIEWER, id).statusCode(200);
            publish(REVIEWER, id).statusCode(200);
        }
        String templateId = RestAssured.given().header("Authorization", REVIEWER).when().get("/api/drafts/" + id)
                .then().body("templateId", notNullValue()).extract().path("templateId");
        JsonNode event = RecordedEvents.last(outbox, id, "content.template.published").path("data");
        assertThat(event.path("templateId").asText()).isEqualTo(templateId);
        assertThat(event.path("intent").asText()).isEqualTo("SHIPPING");
        assertThat(event.path("language").asText()).isEqualTo("en");
        assertThat(event.path("text").asText()).startsWith("Thanks for getting in touch.");
        assertThat(event.path("draftId").asText()).isEqualTo(id);
        assertThat(event.path("brandId").asText()).isEqualTo(brand);
        assertThat(event.path("brandVersion").asInt()).isEqualTo(1);

        RestAssured.given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(Map.of("body", "Thanks for writing. Standard delivery takes three to five working days. "
                        + "This reply was drafted by our AI assistant."))
                .when().put("/api/drafts/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        step(AUTHOR, id, "submit", Map.of()).statusCode(200);
        approve(SECOND_REVIEWER, id).statusCode(200);
        if (publish(REVIEWER, id).extract().statusCode() == 409) {
            approve(REVIEWER, id).statusCode(200);
            publish(REVIEWER, id).statusCode(200);
        }
        JsonNode second = RecordedEvents.last(outbox, id, "content.template.published").path("data");
        assertThat(second.path("templateId").asText()).isEqualTo(templateId);
        assertThat(second.path("revision").asInt()).isEqualTo(2);
    }
}
