package dev.tandem.content.draft;

import static dev.tandem.content.ContentFixtures.AGENT;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.AUTHOR_REVIEWER;
import static dev.tandem.content.ContentFixtures.BRAND_ADMIN;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.SECOND_REVIEWER;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.createDraft;
import static dev.tandem.content.ContentFixtures.draft;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DismissalResourceTest {

    private static final String BANNED = "Honestly, this stove is a game-changer. Leverage it on your next trip.";

    private static String firstFinding(String draftId, String code) {
        List<Map<String, Object>> findings = given().header("Authorization", REVIEWER)
                .when().get("/api/drafts/" + draftId).then().statusCode(200).extract().jsonPath().getList("findings");
        return findings.stream().filter(f -> code.equals(f.get("code"))).map(f -> (String) f.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " finding on " + draftId));
    }

    private static io.restassured.response.ValidatableResponse dismiss(String token, String draftId, String findingId,
                                                                      Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/drafts/" + draftId + "/findings/" + findingId + "/dismissals").then();
    }

    @Test
    void shouldKeepDismissalsAndReportPerRulePrecision() {
        String brand = createBrand();
        String first = createDraft(AUTHOR, draft(brand, BANNED));
        String second = createDraft(AUTHOR, draft(brand, BANNED));
        String finding = firstFinding(first, "BANNED_PHRASE");

        dismiss(REVIEWER, first, finding, Map.of("reason", "Quoting a customer"))
                .statusCode(201).body("findingId", equalTo(finding)).body("code", equalTo("BANNED_PHRASE"))
                .body("reviewer", equalTo("rita-reviewer"));
        given().header("Authorization", AUTHOR).when().get("/api/drafts/" + first)
                .then().body("findings.find { it.id == '" + finding + "' }.dismissed", equalTo(true))
                .body("findings.find { it.id == '" + finding + "' }.dismissalReason", equalTo("Quoting a customer"));

        JsonPath precision = given().header("Authorization", BRAND_ADMIN).queryParam("brandId", brand)
                .when().get("/api/rules/precision").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> banned = precision.getList("findAll { it.code == 'BANNED_PHRASE' }");
        long raised = banned.stream().mapToLong(r -> ((Number) r.get("raised")).longValue()).sum();
        long dismissed = banned.stream().mapToLong(r -> ((Number) r.get("dismissed")).longValue()).sum();
        assertThat(raised).isGreaterThanOrEqualTo(2);
        assertThat(dismissed).isEqualTo(1);
        for (Map<String, Object> row : banned) {
            double expected = 1.0 - ((Number) row.get("dismissed")).doubleValue() / ((Number) row.get("raised")).doubleValue();
            assertThat(((Number) row.get("precision")).doubleValue()).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(0.001));
        }
        assertThat(second).isNotBlank();
    }

    @Test
    void shouldRefuseSecondDismissalAndSelfDismissal() {
        String brand = createBrand();
        String id = createDraft(AUTHOR, draft(brand, BANNED));
        String finding = firstFinding(id, "BANNED_PHRASE");
        dismiss(REVIEWER, id, finding, Map.of("reason", "fine here")).statusCode(201);
        isProblem(dismiss(SECOND_REVIEWER, id, finding, Map.of("reason", "again")), 409);

        String own = createDraft(AUTHOR_REVIEWER, draft(brand, BANNED));
        isProblem(dismiss(AUTHOR_REVIEWER, own, firstFinding(own, "BANNED_PHRASE"), Map.of("reason", "mine")), 403);
    }

    @Test
    void shouldValidateDismissalsAndPrecisionAccess() {
        String id = createDraft(AUTHOR, draft(createBrand(), BANNED));
        String finding = firstFinding(id, "BANNED_PHRASE");
        isViolation(dismiss(REVIEWER, id, finding, Map.of("reason", " ")), "reason");
        isProblem(dismiss(AUTHOR, id, finding, Map.of("reason", "x")), 403);
        isProblem(given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/drafts/" + id + "/findings/" + finding + "/dismissals").then(), 401);
        isProblem(dismiss(REVIEWER, id, "999999999", Map.of("reason", "x")), 404);
        isProblem(dismiss(REVIEWER, id, "abc", Map.of("reason", "x")), 404);
        isProblem(dismiss(REVIEWER, "nope", finding, Map.of("reason", "x")), 404);
        String other = createDraft(AUTHOR, draft(createBrand(), BANNED));
        isProblem(dismiss(REVIEWER, other, finding, Map.of("reason", "wrong draft")), 404);
        isProblem(given().when().get("/api/rules/precision").then(), 401);
        isProblem(given().header("Authorization", AGENT).when().get("/api/rules/precision").then(), 403);
    }
}
