package dev.tandem.content.brand;

import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.BRAND_ADMIN;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ContentFixtures.createBrand;
import static dev.tandem.content.ContentFixtures.profile;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static dev.tandem.content.ProblemAssertions.isViolation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.content.RecordedEvents;
import dev.tandem.platform.outbox.OutboxRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BrandResourceTest {

    static final String VALE_EXISTENCE = """
            extends: existence
            message: "Avoid hedging: '%s'."
            level: warning
            ignorecase: true
            tokens:
              - I think
              - sort of
            """;

    @Inject
    OutboxRepository outbox;

    /** REST Assured cannot encode a String as YAML; the bytes go as they are. */
    static byte[] yaml(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldCreateProfileAsVersionOneWithLocation() {
        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(profile())
                .when().post("/api/brands")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("version", equalTo(1))
                .body("name", equalTo("Northwind Outfitters"))
                .body("terminology.use", hasItem("gear"))
                .body("aiDisclosure.requiredChannels", hasItem("EMAIL"))
                .body("maxGradeLevel", equalTo(9.0f))
                .body("examples", hasSize(7));
    }

    @Test
    void shouldKeepOldVersionWhenProfileChanges() {
        String id = createBrand();
        Map<String, Object> changed = profile();
        changed.put("name", "Northwind Outfitters EU");
        changed.put("bannedPhrases", List.of("synergy"));

        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(changed)
                .when().put("/api/brands/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("bannedPhrases", hasSize(1));

        given().header("Authorization", AUTHOR).when().get("/api/brands/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("name", equalTo("Northwind Outfitters EU"));
        given().header("Authorization", REVIEWER).when().get("/api/brands/" + id + "/versions/1")
                .then().statusCode(200).body("version", equalTo(1)).body("latestVersion", equalTo(2))
                .body("name", equalTo("Northwind Outfitters")).body("bannedPhrases", hasSize(14));
        given().header("Authorization", REVIEWER).when().get("/api/brands/" + id + "/versions")
                .then().statusCode(200).body("version", equalTo(List.of(1, 2)));
    }

    @Test
    void shouldEmitBrandChangedForEveryVersion() {
        String id = createBrand();
        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(profile())
                .when().put("/api/brands/" + id).then().statusCode(200);

        JsonNode changed = RecordedEvents.last(outbox, id, "content.brand.changed");
        assertThat(RecordedEvents.typesAbout(outbox, id)).containsExactly("content.brand.changed",
                "content.brand.changed");
        assertThat(changed.path("correlationid").asText()).isEqualTo(id);
        assertThat(changed.path("actor").asText()).isEqualTo("bea-brand");
        assertThat(changed.path("data").path("version").asInt()).isEqualTo(2);
        assertThat(changed.path("data").path("brandId").asText()).isEqualTo(id);
        assertThat(changed.path("data").path("name").asText()).isEqualTo("Northwind Outfitters");
        assertThat(changed.path("data").path("changedBy").asText()).isEqualTo("bea-brand");
    }

    @Test
    void shouldImportValeRuleFromYamlBodyAsNewVersion() {
        String id = createBrand();
        given().header("Authorization", BRAND_ADMIN).contentType("application/yaml").body(yaml(VALE_EXISTENCE))
                .queryParam("fileName", "Northwind/Hedging.yml")
                .when().post("/api/brands/" + id + "/vale-rules")
                .then().statusCode(201)
                .header("Location", endsWith("/api/brands/" + id + "/versions/2"))
                .body("version", equalTo(2))
                .body("valeRules", hasSize(1))
                .body("valeRules[0].fileName", equalTo("Northwind/Hedging.yml"))
                .body("valeRules[0].rule.kind", equalTo("existence"));
    }

    @Test
    void shouldImportValeRuleFromJsonAndKeepItOnLaterVersions() {
        String id = createBrand();
        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("fileName", "Hedging.yml", "yaml", VALE_EXISTENCE))
                .when().post("/api/brands/" + id + "/vale-rules")
                .then().statusCode(201).body("version", equalTo(2));
        given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(profile())
                .when().put("/api/brands/" + id)
                .then().statusCode(200).body("version", equalTo(3)).body("valeRules", hasSize(1));
    }

    @Test
    void shouldRejectUnreadableValeRuleWithProblem() {
        String id = createBrand();
        isViolation(given().header("Authorization", BRAND_ADMIN).contentType("application/yaml")
                .body(yaml("extends: conditional\nmessage: nope\n"))
                .when().post("/api/brands/" + id + "/vale-rules").then(), "yaml");
        given().header("Authorization", AUTHOR).when().get("/api/brands/" + id)
                .then().body("version", equalTo(1));
    }

    @Test
    void shouldRejectProfileWithoutNameOrWithBadLimits() {
        Map<String, Object> bad = profile();
        bad.remove("name");
        bad.put("maxGradeLevel", -3);
        isViolation(given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(bad)
                .when().post("/api/brands").then(), "name")
                .body("violations.field", hasItem("maxGradeLevel"));
        isProblem(given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "terminology", List.of(Map.of("use", "gear", "avoid", List.of()))))
                .when().post("/api/brands").then(), 400)
                .body("violations.field", hasItem("terminology[0].avoid"));
        isProblem(given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/brands").then(), 400)
                .body("title", equalTo("Malformed JSON"));
        isProblem(given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"maxGradeLevel\": \"high\"}")
                .when().post("/api/brands").then(), 400)
                .body("violations.field", hasItem("maxGradeLevel"));
    }

    @Test
    void shouldRequireTokenAndBrandAdminRole() {
        isProblem(given().contentType(ContentType.JSON).body(profile()).when().post("/api/brands").then(), 401);
        isProblem(given().header("Authorization", AUTHOR).contentType(ContentType.JSON).body(profile())
                .when().post("/api/brands").then(), 403);
        String id = createBrand();
        isProblem(given().header("Authorization", REVIEWER).contentType(ContentType.JSON).body(profile())
                .when().put("/api/brands/" + id).then(), 403);
        isProblem(given().header("Authorization", AUTHOR).contentType("application/yaml").body(yaml(VALE_EXISTENCE))
                .when().post("/api/brands/" + id + "/vale-rules").then(), 403);
        isProblem(given().when().get("/api/brands/" + id).then(), 401);
        isProblem(given().header("Authorization", dev.tandem.content.ContentFixtures.AGENT)
                .when().get("/api/brands/" + id).then(), 403);
    }

    @Test
    void shouldAnswerNotFoundForUnknownBrandOrVersion() {
        String id = createBrand();
        isProblem(given().header("Authorization", AUTHOR).when().get("/api/brands/nope").then(), 404);
        isProblem(given().header("Authorization", AUTHOR).when().get("/api/brands/" + id + "/versions/9").then(), 404);
        isProblem(given().header("Authorization", BRAND_ADMIN).contentType(ContentType.JSON).body(profile())
                .when().put("/api/brands/nope").then(), 404);
        isProblem(given().header("Authorization", BRAND_ADMIN).contentType("application/yaml").body(yaml(VALE_EXISTENCE))
                .when().post("/api/brands/nope/vale-rules").then(), 404);
    }
}
