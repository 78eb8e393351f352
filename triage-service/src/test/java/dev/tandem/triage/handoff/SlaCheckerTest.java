package dev.tandem.triage.handoff;

import static dev.tandem.triage.TriageFixtures.agent;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static dev.tandem.triage.TriageFixtures.postHumanCase;
import static dev.tandem.triage.TriageFixtures.unique;
import static dev.tandem.triage.handoff.HandoffFixtures.action;
import static dev.tandem.triage.handoff.HandoffFixtures.claim;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.triage.MutableClock;
import dev.tandem.triage.PinnedClock;
import dev.tandem.triage.RecordedEvents;
import dev.tandem.triage.TriageFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SLA clocks with a controllable clock: warning at 80 %, breach at 100 %, once each; escalation; pause and
 * resume; the checker looks at a hand-off only when its next warning or breach is due.
 */
@QuarkusTest
class SlaCheckerTest {

    private static final Instant MONDAY_MORNING = PinnedClock.MONDAY_MORNING;

    @Inject
    SlaChecker checker;
    @Inject
    RecordedEvents events;
    @Inject
    HandoffRepository repository;

    @RegisterExtension
    static final PinnedClock CLOCK = new PinnedClock(MONDAY_MORNING);

    @Test
    void shouldWarnAtEightyPercentAndBreachAtDueTimeOnceEachThenEscalate() {
        String messageId = postHumanCase(null, unique("c")).extract().path("id");
        JsonPath before = handoffOf(messageId);
        Instant created = Instant.parse(before.getString("handoff.createdAt"));
        Instant due = Instant.parse(before.getString("handoff.firstResponseDueAt"));
        String priority = before.getString("handoff.priority");
        assertThat(due).isAfter(created);

        MutableClock.INSTANCE.set(created.plus(Duration.between(created, due).multipliedBy(85).dividedBy(100)));
        checker.check();
        checker.check();
        List<JsonNode> warnings = events.of("triage.sla.warning", messageId);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("data").path("clock").asText()).isEqualTo("FIRST_RESPONSE");
        assertThat(warnings.get(0).path("data").path("elapsedFraction").asDouble()).isBetween(0.8, 1.0);
        assertThat(warnings.get(0).path("actortype").asText()).isEqualTo("SYSTEM");
        assertThat(events.of("triage.sla.breached", messageId)).isEmpty();

        MutableClock.INSTANCE.set(due.plusSeconds(60));
        checker.check();
        checker.check();
        List<JsonNode> breaches = events.of("triage.sla.breached", messageId);
        assertThat(breaches).hasSize(1);
        JsonNode data = breaches.get(0).path("data");
        assertThat(data.path("priority").asText()).isEqualTo(priority);
        assertThat(data.path("escalatedTo").asText()).isNotBlank();
        JsonPath after = handoffOf(messageId);
        assertThat(after.getString("handoff.escalatedTo")).isEqualTo(data.path("escalatedTo").asText());
        assertThat(after.getString("handoff.priority") + after.getString("handoff.queue"))
                .isNotEqualTo(priority + before.getString("handoff.queue"));
    }

    @Test
    void shouldNotRunFirstResponseClockAfterClaim() {
        String messageId = postHumanCase(null, unique("c")).extract().path("id");
        JsonPath handoff = handoffOf(messageId);
        claim(handoff.getString("handoff.id"), "agent-quick").statusCode(200);

        MutableClock.INSTANCE.set(Instant.parse(handoff.getString("handoff.firstResponseDueAt")).plusSeconds(600));
        checker.check();

        assertThat(events.of("triage.sla.breached", messageId)).noneMatch(e -> e.path("data").path("clock")
                .asText().equals("FIRST_RESPONSE"));
    }

    @Test
    void shouldPauseResolutionClockWhileWaitingOnCustomerAndExtendDueTimeWhenTheyWrite() {
        String customer = unique("c");
        var first = postHumanCase(null, customer).extract();
        String messageId = first.path("id");
        String conversation = first.path("conversationId");
        String handoffId = first.path("handoff.id");
        claim(handoffId, "agent-patient").statusCode(200);
        action(handoffId, "reply", agent("agent-patient"), Map.of("text", "Which order is it about?")).statusCode(200);
        Instant dueBefore = Instant.parse(handoffOf(messageId).getString("handoff.resolutionDueAt"));

        MutableClock.INSTANCE.set(dueBefore.plus(Duration.ofDays(1)));
        checker.check();
        assertThat(events.of("triage.sla.warning", messageId)).isEmpty();
        assertThat(events.of("triage.sla.breached", messageId)).isEmpty();

        post(message("It is order 5521, thanks.", conversation, customer)).statusCode(201);
        JsonPath after = handoffOf(messageId);
        assertThat(after.getBoolean("handoff.waitingOnCustomer")).isFalse();
        assertThat(Instant.parse(after.getString("handoff.resolutionDueAt"))).isAfter(dueBefore);
    }

    @Test
    void shouldRunTheResolutionClockAgainWhenTheCustomerWritesAfterAPause() {
        String customer = unique("c");
        var first = postHumanCase(null, customer).extract();
        String messageId = first.path("id");
        String handoffId = first.path("handoff.id");
        claim(handoffId, "agent-waiting").statusCode(200);
        action(handoffId, "reply", agent("agent-waiting"), Map.of("text", "Which order is it about?")).statusCode(200);
        MutableClock.INSTANCE.set(MONDAY_MORNING.plus(Duration.ofHours(1)));
        checker.check(); // first response given and resolution paused: nothing left to watch
        assertThat(slaCheckAt(handoffId)).isNull();

        post(message("It is order 5521, thanks.", first.path("conversationId"), customer)).statusCode(201);
        assertThat(slaCheckAt(handoffId)).isNotNull();
        MutableClock.INSTANCE.set(Instant.parse(handoffOf(messageId).getString("handoff.resolutionDueAt"))
                .plusSeconds(60));
        checker.check();
        checker.check();

        assertThat(events.of("triage.sla.warning", messageId)).extracting(e -> e.path("data").path("clock").asText())
                .containsExactly("RESOLUTION");
        assertThat(events.of("triage.sla.breached", messageId)).extracting(e -> e.path("data").path("clock").asText())
                .containsExactly("RESOLUTION");
    }

    @Test
    void shouldLookAtAHandoffOnlyWhenItsNextWarningOrBreachIsDue() {
        String messageId = postHumanCase(null, unique("c")).extract().path("id");
        JsonPath handoff = handoffOf(messageId);
        String handoffId = handoff.getString("handoff.id");
        Instant created = Instant.parse(handoff.getString("handoff.createdAt"));
        Instant firstResponseDue = Instant.parse(handoff.getString("handoff.firstResponseDueAt"));
        Instant warningAt = slaCheckAt(handoffId);
        assertThat(warningAt).isAfter(created).isBefore(firstResponseDue);

        MutableClock.INSTANCE.set(warningAt.minusSeconds(1));
        checker.check();
        assertThat(events.of("triage.sla.warning", messageId)).isEmpty();
        assertThat(slaCheckAt(handoffId)).isEqualTo(warningAt);

        MutableClock.INSTANCE.set(warningAt);
        checker.check();
        assertThat(events.of("triage.sla.warning", messageId)).hasSize(1);
        assertThat(slaCheckAt(handoffId)).isEqualTo(firstResponseDue);

        claim(handoffId, "agent-late").statusCode(200);
        HandoffFixtures.resolve(handoffId, "agent-late", true).statusCode(200);
        assertThat(slaCheckAt(handoffId)).isNull();
    }

    private Instant slaCheckAt(String handoffId) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findById(handoffId).slaCheckAt);
    }

    private static JsonPath handoffOf(String messageId) {
        String handoffId = given().header("Authorization", TriageFixtures.agent()).get("/api/messages/" + messageId)
                .then().statusCode(200).extract().path("handoff.id");
        return given().header("Authorization", TriageFixtures.agent()).get("/api/handoffs/" + handoffId)
                .then().statusCode(200).extract().jsonPath();
    }
}
