package dev.tandem.triage.sla;

import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaResourceTest {

    @Test
    void shouldListPoliciesPerPriorityWithTheirCalendars() {
        given().header("Authorization", agent()).get("/api/sla/policies").then().statusCode(200)
                .body("priority", hasItems("P1", "P2", "P3", "P4"))
                .body("find { it.priority == 'P2' }.calendar.timeZone", equalTo("Europe/London"))
                .body("find { it.priority == 'P2' }.calendar.holidays.name", hasItem("Christmas Day"))
                .body("find { it.priority == 'P1' }.firstResponseMinutes", equalTo(15));
    }

    @Test
    void shouldAnswer401And403() {
        given().get("/api/sla/policies").then().statusCode(401);
        given().header("Authorization", author()).get("/api/sla/policies").then().statusCode(403);
    }
}
