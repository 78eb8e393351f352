package dev.tandem.content.drift;

import static dev.tandem.content.ContentFixtures.AGENT;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.BRAND_ADMIN;
import static dev.tandem.content.ContentFixtures.CLEAN_BODY;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.createDraft;
import static dev.tandem.content.ContentFixtures.draft;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.tandem.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VoiceTrendResourceTest {

    private static final String OFF_VOICE = "SYNERGY!!! This game-changer is a no-brainer for every user, act now "
            + "before it's gone!!! Leverage our cheap stuff!!!";

    @Test
    void shouldAggregateEveryDraftCheckPerDay() {
        String brand = createBrand();
        String first = createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        createDraft(AUTHOR, draft(brand, OFF_VOICE));
        given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(Map.of("body", CLEAN_BODY + " Thanks."))
                .when().put("/api/drafts/" + first).then().statusCode(200);

        JsonPath trend = given().header("Authorization", BRAND_ADMIN).queryParam("bucket", "day")
                .when().get("/api/brands/" + brand + "/voice-trend")
                .then().statusCode(200)
                .body("brandId", equalTo(brand)).body("bucket", equalTo("day"))
                .body("points", hasSize(1))
                .body("points[0].count", equalTo(3))
                .extract().jsonPath();
        double average = trend.getDouble("points[0].averageScore");
        int min = trend.getInt("points[0].minScore");
        int max = trend.getInt("points[0].maxScore");
        assertThat(min).isLessThanOrEqualTo(max);
        assertThat(average).isBetween((double) min, (double) max);
    }

    @Test
    void shouldShowVoiceSlidingAcrossDays() {
        String brand = createBrand();
        try {
            TestClock.shift(Duration.ofDays(-2));
            createDraft(AUTHOR, draft(brand, CLEAN_BODY));
            createDraft(AUTHOR, draft(brand, CLEAN_BODY));
        } finally {
            TestClock.reset();
        }
        createDraft(AUTHOR, draft(brand, OFF_VOICE));

        JsonPath trend = given().header("Authorization", BRAND_ADMIN).queryParam("bucket", "day")
                .when().get("/api/brands/" + brand + "/voice-trend")
                .then().statusCode(200).body("points", hasSize(2))
                .body("points.count", equalTo(List.of(2, 1)))
                .extract().jsonPath();
        double before = trend.getDouble("points[0].averageScore");
        double after = trend.getDouble("points[1].averageScore");
        assertThat(after).isLessThan(before);
        assertThat(trend.getDouble("change")).isCloseTo(after - before, within(0.11));
        assertThat(Instant.parse(trend.getString("points[0].start")))
                .isEqualTo(Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.DAYS));

        given().header("Authorization", BRAND_ADMIN).queryParam("bucket", "week")
                .queryParam("from", Instant.now().minus(Duration.ofDays(1)).toString())
                .when().get("/api/brands/" + brand + "/voice-trend")
                .then().statusCode(200).body("points.count", equalTo(List.of(1)));
    }

    @Test
    void shouldReportEmptyTrendForBrandWithoutDrafts() {
        given().header("Authorization", AUTHOR).when().get("/api/brands/" + createBrand() + "/voice-trend")
                .then().statusCode(200).body("points", hasSize(0)).body("bucket", equalTo("day"));
    }

    @Test
    void shouldRejectBadParametersAndUnknownBrand() {
        String brand = createBrand();
        isViolation(given().header("Authorization", AUTHOR).queryParam("bucket", "fortnight")
                .when().get("/api/brands/" + brand + "/voice-trend").then(), "bucket");
        isViolation(given().header("Authorization", AUTHOR).queryParam("from", "yesterday")
                .when().get("/api/brands/" + brand + "/voice-trend").then(), "from");
        isProblem(given().header("Authorization", AUTHOR).when().get("/api/brands/nope/voice-trend").then(), 404);
        isProblem(given().when().get("/api/brands/" + brand + "/voice-trend").then(), 401);
        isProblem(given().header("Authorization", AGENT).when().get("/api/brands/" + brand + "/voice-trend").then(), 403);
    }
}
