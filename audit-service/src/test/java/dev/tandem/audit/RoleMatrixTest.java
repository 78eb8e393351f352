package dev.tandem.audit;

import static io.restassured.RestAssured.given;

import dev.tandem.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint: 401 without a token, 403 for each role that may not call it. */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> ALL_ROLES = List.of("intake", "agent", "supervisor", "author", "reviewer",
            "brand-admin", "auditor", "privacy-officer", "admin");
    private static final List<String> AUDIT_ROLES = List.of("auditor", "admin");

    record Endpoint(String method, String path, List<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/audit/entries", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/entries/0", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/trace/any", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/verify", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/proofs/inclusion?seq=0", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/proofs/consistency?from=1&to=1", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/checkpoints", AUDIT_ROLES),
                new Endpoint("POST", "/api/audit/checkpoints", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/checkpoints/latest", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/checkpoints/1", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/public-key", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/export", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/reports/human-oversight", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/reports/disclosure", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/reports/fairness?dimension=tier", AUDIT_ROLES),
                new Endpoint("GET", "/api/audit/reports/sla", AUDIT_ROLES),
                new Endpoint("POST", "/api/audit/erasures", List.of("privacy-officer")),
                new Endpoint("GET", "/api/audit/erasures/x", List.of("privacy-officer")));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldRequireAToken(Endpoint endpoint) {
        given().contentType(ContentType.JSON).body("{}")
                .when().request(endpoint.method(), endpoint.path())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldForbidEveryOtherRole(Endpoint endpoint) {
        for (String role : ALL_ROLES) {
            if (endpoint.allowed().contains(role)) {
                continue;
            }
            given().header("Authorization", TestTokens.bearer("user-" + role, role))
                    .contentType(ContentType.JSON).body("{}")
                    .when().request(endpoint.method(), endpoint.path())
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }
}
