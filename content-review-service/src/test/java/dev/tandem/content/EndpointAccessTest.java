package dev.tandem.content;

import static dev.tandem.content.ContentFixtures.AGENT;
import static dev.tandem.content.ContentFixtures.AUTHOR;
import static dev.tandem.content.ContentFixtures.BRAND_ADMIN;
import static dev.tandem.content.ContentFixtures.REVIEWER;
import static dev.tandem.content.ProblemAssertions.isProblem;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint answers 401 without a token and 403 for a role it does not serve, both as problem
 * bodies; also 404 for unknown ids where the other test classes do not already cover it.
 */
@QuarkusTest
class EndpointAccessTest {

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/brands", AUTHOR),
                Arguments.of("GET", "/api/brands/x", AGENT),
                Arguments.of("GET", "/api/brands/x/versions", AGENT),
                Arguments.of("GET", "/api/brands/x/versions/1", AGENT),
                Arguments.of("PUT", "/api/brands/x", REVIEWER),
                Arguments.of("POST", "/api/brands/x/vale-rules", AUTHOR),
                Arguments.of("GET", "/api/brands/x/voice-trend", AGENT),
                Arguments.of("POST", "/api/check", AGENT),
                Arguments.of("POST", "/api/drafts", REVIEWER),
                Arguments.of("GET", "/api/drafts", AGENT),
                Arguments.of("GET", "/api/drafts/x", AGENT),
                Arguments.of("PUT", "/api/drafts/x", REVIEWER),
                Arguments.of("POST", "/api/drafts/x/revisions", REVIEWER),
                Arguments.of("GET", "/api/drafts/x/revisions", AGENT),
                Arguments.of("POST", "/api/drafts/x/submit", REVIEWER),
                Arguments.of("POST", "/api/drafts/x/reviews", AUTHOR),
                Arguments.of("POST", "/api/drafts/x/publish", AUTHOR),
                Arguments.of("POST", "/api/drafts/x/findings/1/dismissals", AUTHOR),
                Arguments.of("POST", "/api/drafts/x/publish-overrides", BRAND_ADMIN),
                Arguments.of("GET", "/api/drafts/x/publish-overrides", AGENT),
                Arguments.of("GET", "/api/rules/precision", AUTHOR),
                Arguments.of("POST", "/api/campaigns/c/freezes", AUTHOR),
                Arguments.of("GET", "/api/campaigns/c/freezes", AGENT),
                Arguments.of("DELETE", "/api/campaigns/c/freezes/f", AUTHOR),
                Arguments.of("POST", "/api/campaigns/c/freezes/f/unfreeze", AUTHOR),
                Arguments.of("POST", "/api/campaigns/c/unfreeze", AUTHOR));
    }

    static Stream<Arguments> unknownIds() {
        return Stream.of(
                Arguments.of("GET", "/api/brands/nope/versions", AUTHOR),
                Arguments.of("POST", "/api/drafts/nope/revisions", AUTHOR),
                Arguments.of("GET", "/api/drafts/nope/publish-overrides", REVIEWER),
                Arguments.of("POST", "/api/campaigns/c/freezes/nope/unfreeze", REVIEWER));
    }

    private static RequestSpecification request(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON)
                .body(Map.of("body", "Hello", "reason", "because", "decision", "APPROVE"));
        return token == null ? spec : spec.header("Authorization", token);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldAnswerUnauthenticatedWithoutToken(String method, String path, String wrongRole) {
        isProblem(request(null).when().request(method, path).then(), 401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldAnswerForbiddenForWrongRole(String method, String path, String wrongRole) {
        isProblem(request(wrongRole).when().request(method, path).then(), 403);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unknownIds")
    void shouldAnswerNotFoundForUnknownIds(String method, String path, String token) {
        isProblem(request(token).when().request(method, path).then(), 404);
    }
}
