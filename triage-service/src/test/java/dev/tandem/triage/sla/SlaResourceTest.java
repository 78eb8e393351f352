package dev.tandem.triage.sla;

import static dev.tandem.triage.TriageFixtures.admin;
import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.author;
import static dev.tandem.triage.TriageFixtures.postHumanCase;
import static dev.tandem.triage.TriageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.triage.MutableClock;
import dev.tandem.triage.PinnedClock;
import dev.tandem.triage.RecordedEvents;
import dev.tandem.triage.handoff.HandoffRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class SlaResourceTest {

    private static final Instant MONDAY_MORNING = PinnedClock.MONDAY_MORNING;
    private static final Map<String, Object> SEEDED_P2 =
            Map.of("calendarId", "uk-office", "firstResponseMinutes", 60, "resolutionMinutes", 480);

    @Inject
    RecordedEvents events;
    @Inject
    HandoffRepository handoffs;

    @RegisterExtension
    static final PinnedClock CLOCK = new PinnedClock(MONDAY_MORNING);

    @Test
    void shouldListPoliciesPerPriorityWithTheirCalendars() {
        given().header("Authorization", agent()).get("/api/sla/policies").then().statusCode(200)
                .body("priority", hasItems("P1", "P2", "P3", "P4"))
                .body("find { it.priority == 'P2' }.calendar.timeZone", equalTo("Europe/London"))
                .body("find { it.priority == 'P2' }.calendar.holidays.name", hasItem("Christmas Day"))
                .body("find { it.priority == 'P1' }.firstResponseMinutes", equalTo(15));
        given().header("Authorization", agent()).get("/api/sla/calendars").then().statusCode(200)
                .body("id", hasItems("around-the-clock", "uk-office"));
        given().header("Authorization", agent()).get("/api/sla/calendars/uk-office").then().statusCode(200)
                .body("workDays", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")));
    }

    @Test
    void shouldGiveNewHandoffsTheChangedTargetsAndRecordTheChange() {
        try {
            putPolicy("P2", Map.of("calendarId", "around-the-clock", "firstResponseMinutes", 30,
                    "resolutionMinutes", 600)).statusCode(200)
                    .body("priority", equalTo("P2"))
                    .body("firstResponseMinutes", equalTo(30))
                    .body("calendar.id", equalTo("around-the-clock"));

            var handoff = postHumanCase(null, unique("c")).extract();
            assertThat(handoff.<String>path("handoff.priority")).isEqualTo("P2");
            assertThat(Instant.parse(handoff.path("handoff.slaDueAt"))).isEqualTo(MONDAY_MORNING.plus(Duration.ofMinutes(30)));

            JsonNode changed = events.single("triage.sla.policy.changed", "sla-policy:P2");
            assertThat(changed.path("actortype").asText()).isEqualTo("HUMAN");
            assertThat(changed.path("data").path("before").path("calendarId").asText()).isEqualTo("uk-office");
            assertThat(changed.path("data").path("after").path("resolutionMinutes").asInt()).isEqualTo(600);
        } finally {
            putPolicy("P2", SEEDED_P2).statusCode(200);
        }
        given().header("Authorization", agent()).get("/api/sla/policies").then()
                .body("find { it.priority == 'P2' }.calendar.id", equalTo("uk-office"));
    }

    @Test
    void shouldCreateThenReplaceACalendarWithItsHolidays() {
        String id = unique("cal").substring(0, 20);
        Map<String, Object> calendar = Map.of("timeZone", "America/New_York",
                "workDays", List.of("FRIDAY", "MONDAY"), "dayStart", "08:00", "dayEnd", "16:30",
                "holidays", List.of(Map.of("day", "2026-12-25", "name", "Christmas Day")));
        putCalendar(id, calendar).statusCode(201)
                .header("Location", containsString("/api/sla/calendars/" + id))
                .body("workDays", equalTo(List.of("MONDAY", "FRIDAY")))
                .body("dayEnd", equalTo("16:30"))
                .body("holidays.day", equalTo(List.of("2026-12-25")));

        putCalendar(id, Map.of("timeZone", "America/New_York", "workDays", List.of("MONDAY"),
                "dayStart", "08:00", "dayEnd", "12:00")).statusCode(200)
                .body("holidays.size()", equalTo(0));
        given().header("Authorization", agent()).get("/api/sla/calendars/" + id).then().statusCode(200)
                .body("dayEnd", equalTo("12:00"));
        assertThat(events.of("triage.sla.policy.changed", "sla-calendar:" + id)).hasSize(2)
                .first().satisfies(e -> assertThat(e.path("data").path("before").isNull()).isTrue());
    }

    @Test
    void shouldRejectInvalidChangesWithTheirFields() {
        putPolicy("P2", Map.of("calendarId", "no-such-calendar", "firstResponseMinutes", 30, "resolutionMinutes", 60))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("calendarId"));
        putPolicy("P2", Map.of("calendarId", "uk-office", "firstResponseMinutes", 90, "resolutionMinutes", 60))
                .statusCode(400).body("violations[0].field", equalTo("firstResponseMinutes"));
        putPolicy("P2", Map.of("calendarId", "uk-office", "firstResponseMinutes", 0, "resolutionMinutes", 60))
                .statusCode(400).body("violations.field", hasItem(containsString("firstResponseMinutes")));
        putCalendar("night-desk", Map.of("timeZone", "Mars/Olympus", "workDays", List.of("MONDAY"),
                "dayStart", "18:00", "dayEnd", "09:00",
                "holidays", List.of(Map.of("day", "2027-01-01", "name", "a"), Map.of("day", "2027-01-01", "name", "b"))))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("timeZone", "dayEnd", "holidays[1].day"));
        putCalendar("Bad Id", Map.of("timeZone", "UTC", "workDays", List.of("MONDAY"), "dayStart", "09:00",
                "dayEnd", "17:00")).statusCode(400).body("violations.field", hasItem("id"));
        putCalendar("night-desk", Map.of("timeZone", "UTC", "workDays", List.of("FUNDAY"), "dayStart", "09:00",
                "dayEnd", "17:00")).statusCode(400).contentType("application/problem+json");
        given().header("Authorization", agent()).get("/api/sla/calendars/night-desk").then().statusCode(404);
    }

    @Test
    void shouldLookAgainAtRunningClocksWhenTheirCalendarChanges() {
        var handoff = postHumanCase(null, unique("c")).extract();
        Instant firstCheck = slaCheckAtOf(handoff.path("handoff.id"));
        assertThat(firstCheck).isAfter(MONDAY_MORNING);

        MutableClock.INSTANCE.advance(Duration.ofMinutes(5));
        putCalendar("uk-office", Map.of("timeZone", "Europe/London",
                "workDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "dayStart", "09:00", "dayEnd", "17:00", "holidays", seededHolidays())).statusCode(200);

        assertThat(slaCheckAtOf(handoff.path("handoff.id"))).isEqualTo(MONDAY_MORNING.plus(Duration.ofMinutes(5)));
    }

    @Test
    void shouldAnswer401403And404() {
        given().get("/api/sla/policies").then().statusCode(401);
        given().header("Authorization", author()).get("/api/sla/policies").then().statusCode(403);
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(SEEDED_P2)
                .put("/api/sla/policies/P2").then().statusCode(403);
        given().header("Authorization", agent()).contentType(ContentType.JSON).body(Map.of())
                .put("/api/sla/calendars/uk-office").then().statusCode(403);
        putPolicy("P9", SEEDED_P2).statusCode(404).contentType("application/problem+json");
    }

    private static List<Map<String, String>> seededHolidays() {
        return given().header("Authorization", agent()).get("/api/sla/calendars/uk-office").then().statusCode(200)
                .extract().path("holidays");
    }

    private Instant slaCheckAtOf(String handoffId) {
        return QuarkusTransaction.requiringNew().call(() -> handoffs.findById(handoffId).slaCheckAt);
    }

    private static ValidatableResponse putPolicy(String priority, Map<String, Object> body) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .put("/api/sla/policies/" + priority).then();
    }

    private static ValidatableResponse putCalendar(String id, Map<String, Object> body) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .put("/api/sla/calendars/" + id).then();
    }
}
