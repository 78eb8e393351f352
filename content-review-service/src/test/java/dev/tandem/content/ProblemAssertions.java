package dev.tandem.content;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Checks that an error response is an RFC 9457 problem body with the given status. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("https://tandem.dev/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    /** A 400 problem that names {@code field} among its violations. */
    public static ValidatableResponse isViolation(ValidatableResponse response, String field) {
        return isProblem(response, 400).body("violations.field", org.hamcrest.Matchers.hasItem(field));
    }
}
