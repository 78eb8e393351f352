package dev.tandem.content.check;

import static dev.tandem.content.ContentFixtures.AGENT;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.BRAND_ADMIN;
import static dev.tandem.content.ContentFixtures.CLEAN_BODY;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.profile;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckResourceTest {

    @Inject
    OutboxRepository outbox;

    static Map<String, Object> request(String brandId, String body) {
        Map<String, Object> request = new HashMap<>();
        request.put("brandId", brandId);
        request.put("channel", "EMAIL");
        request.put("origin", "HUMAN");
        request.put("title", "Weekend");
        request.put("body", body);
        request.put("personalizationFields", List.of());
        return request;
    }

    @Test
    void shouldReportContractFieldsWithSpansIntoBody() {
        String brand = createBrand();
        String body = "Our new stove is a real game-changer for every excursion.";

        JsonPath result = given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(request(brand, body))
                .when().post("/api/check")
                .then().statusCode(200)
                .body("brandVersion", equalTo(1))
                .body("voiceScore", notNullValue())
                .body("gradeLevel", notNullValue())
                .body("findings.code", hasItem("BANNED_PHRASE"))
                .body("findings.code", hasItem("TERMINOLOGY"))
                .body("findings.severity", everyItem(org.hamcrest.Matchers.in(List.of("ERROR", "WARNING",
                        "SUGGESTION"))))
                .extract().jsonPath();

        List<Map<String, Object>> findings = result.getList("findings");
        for (Map<String, Object> f : findings) {
            int start = (Integer) f.get("start");
            int end = (Integer) f.get("end");
            assertThat(body.substring(start, end)).isEqualTo(f.get("match"));
            assertThat(f).containsKeys("message", "suggestion", "ruleId");
        }
        assertThat(result.getInt("voiceScore")).isBetween(0, 100);
    }

    @Test
    void shouldCheckAgainstRequestedOlderVersion() {
        String brand = createBrand();
        Map<String, Object> changed = profile();
        changed.put("bannedPhrases", List.of());
        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(changed)
                .when().put("/api/brands/" + brand).then().statusCode(200);
        String body = "This stove is a game-changer.";

        given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body(request(brand, body))
                .when().post("/api/check")
                .then().statusCode(200).body("brandVersion", equalTo(2))
                .body("findings.code", org.hamcrest.Matchers.not(hasItem("BANNED_PHRASE")));
        Map<String, Object> old = request(brand, body);
        old.put("brandVersion", 1);
        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(old)
                .when().post("/api/check")
                .then().statusCode(200).body("brandVersion", equalTo(1)).body("findings.code", hasItem("BANNED_PHRASE"));
    }

    @Test
    void shouldStoreNothing() {
        String brand = createBrand();
        long before = QuarkusTransaction.requiringNew().call(() -> outbox.count());
        given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(request(brand, CLEAN_BODY))
                .when().post("/api/check").then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.count())).isEqualTo(before);
    }

    @Test
    void shouldRejectBadInputWithViolations() {
        String brand = createBrand();
        Map<String, Object> noBody = request(brand, " ");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(noBody)
                .when().post("/api/check").then(), "body");
        Map<String, Object> badChannel = request(brand, CLEAN_BODY);
        badChannel.put("channel", "FAX");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(badChannel)
                .when().post("/api/check").then(), "channel");
        Map<String, Object> noOrigin = request(brand, CLEAN_BODY);
        noOrigin.remove("origin");
        isViolation(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(noOrigin)
                .when().post("/api/check").then(), "origin");
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .when().post("/api/check").then(), 400);
    }

    @Test
    void shouldAnswerNotFoundForUnknownBrandOrVersion() {
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON)
                .body(request("no-such-brand", CLEAN_BODY))
                .when().post("/api/check").then(), 404);
        Map<String, Object> future = request(createBrand(), CLEAN_BODY);
        future.put("brandVersion", 7);
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(future)
                .when().post("/api/check").then(), 404);
    }

    @Test
    void shouldRequireTokenAndContentRole() {
        String brand = createBrand();
        isProblem(given().contentType(ContentType.JSON).body(request(brand, CLEAN_BODY))
                .when().post("/api/check").then(), 401);
        isProblem(given().header("Authorization", AGENT).contentType(ContentType.JSON).body(request(brand, CLEAN_BODY))
                .when().post("/api/check").then(), 403);
    }
}
