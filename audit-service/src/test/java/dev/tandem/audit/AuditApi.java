package dev.tandem.audit;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** REST calls that many tests make. */
public final class AuditApi {

    private AuditApi() {
    }

    /** Signs a checkpoint of the current tree (201 new, 200 when the tree did not grow). */
    public static JsonPath checkpoint() {
        return given().header("Authorization", AuditFixtures.AUDITOR)
                .when().post("/api/audit/checkpoints")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201)))
                .extract().jsonPath();
    }

    public static JsonPath verify() {
        return given().header("Authorization", AuditFixtures.AUDITOR)
                .when().get("/api/audit/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    public static String verifierKey() {
        return given().header("Authorization", AuditFixtures.AUDITOR)
                .when().get("/api/audit/public-key")
                .then().statusCode(200).extract().path("verifierKey");
    }
}
