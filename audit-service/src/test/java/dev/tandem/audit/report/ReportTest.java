package dev.tandem.audit.report;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each report's figures equal counts the test computes itself from the events it sent. Events lie in a
 * window of their own (event time), which every request passes as from/to.
 */
@QuarkusTest
class ReportTest {

    @Inject
    DataSource dataSource;

    private Instant from;
    private final List<ObjectNode> sent = new ArrayList<>();

    @BeforeEach
    void window() {
        from = Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(20_000)));
        sent.clear();
    }

    @Test
    void shouldCountFairnessPerLanguageWithFourFifthsFlagAndSmallSampleWarning() throws Exception {
        addTriaged("en", 40, i -> i % 4 == 0 ? "HUMAN" : i % 4 == 3 ? "DRAFT_FOR_REVIEW" : "AUTO_REPLY");
        addTriaged("de", 35, i -> i % 5 == 0 ? "HUMAN" : "AUTO_REPLY");
        addTriaged("fr", 10, i -> i % 2 == 0 ? "HUMAN" : "AUTO_REPLY");
        publishAndCheckpoint();

        JsonPath report = report("/fairness", "dimension", "language");

        Map<String, List<ObjectNode>> byLanguage = sent.stream().collect(Collectors.groupingBy(
                e -> e.at("/data/segment/language").asText(), TreeMap::new, Collectors.toList()));
        double maxHuman = byLanguage.values().stream().mapToDouble(g -> rate(g, "HUMAN")).max().orElseThrow();
        assertThat(report.getList("groups")).hasSize(byLanguage.size());
        for (Map.Entry<String, List<ObjectNode>> group : byLanguage.entrySet()) {
            String path = "groups.find { it.group == '" + group.getKey() + "' }.";
            List<ObjectNode> events = group.getValue();
            assertThat(report.getLong(path + "messages")).isEqualTo(events.size());
            assertThat(report.getLong(path + "routedHuman")).isEqualTo(count(events, "HUMAN"));
            assertThat(report.getLong(path + "routedAutoReply")).isEqualTo(count(events, "AUTO_REPLY"));
            assertThat(report.getDouble(path + "humanRate")).isCloseTo(rate(events, "HUMAN"), within(1e-6));
            double ratio = rate(events, "HUMAN") / maxHuman;
            assertThat(report.getDouble(path + "humanRateRatio")).isCloseTo(ratio, within(1e-6));
            assertThat(report.getBoolean(path + "fourFifthsFlag")).isEqualTo(ratio < 0.8);
            assertThat(report.getBoolean(path + "smallSample")).isEqualTo(events.size() < 30);
        }
        assertThat(report.getString("referenceGroup")).isEqualTo("fr");
    }

    @Test
    void shouldCountDecisionsByActorAndHowOftenPeopleOverrodeTheAi() throws Exception {
        addTriaged("en", 3, i -> "AUTO_REPLY");
        add("triage.handoff.resolved", "HUMAN", "aiRoutingCorrect", false);
        add("triage.handoff.resolved", "HUMAN", "aiRoutingCorrect", false);
        add("triage.handoff.resolved", "HUMAN", "aiRoutingCorrect", true);
        add("triage.handoff.resolved", "HUMAN", "aiRoutingCorrect", null);
        for (String decision : List.of("APPROVED", "EDITED", "EDITED", "REJECTED")) {
            add("triage.draft.reviewed", "HUMAN", "decision", decision);
        }
        for (String decision : List.of("REJECT", "REQUEST_CHANGES", "APPROVE", "APPROVE")) {
            add("content.review.decided", "HUMAN", "decision", decision).with("origin", "AI");
        }
        add("content.review.decided", "HUMAN", "decision", "REJECT").with("origin", "HUMAN");
        add("triage.sla.warning", "SYSTEM", "queue", "billing");
        publishAndCheckpoint();

        JsonPath report = report("/human-oversight");

        for (String actorType : List.of("AI", "HUMAN", "SYSTEM")) {
            long expected = sent.stream().filter(e -> e.get("actortype").asText().equals(actorType)).count();
            assertThat(report.getLong("decisions." + actorType)).as(actorType).isEqualTo(expected);
            assertThat(report.getDouble("shares." + actorType)).isCloseTo((double) expected / sent.size(), within(1e-6));
        }
        assertThat(report.getLong("totalDecisions")).isEqualTo(sent.size());
        long routingAssessed = typed("triage.handoff.resolved").filter(e -> e.at("/data/aiRoutingCorrect").isBoolean()).count();
        long routingWrong = typed("triage.handoff.resolved").filter(e -> e.at("/data/aiRoutingCorrect").asText().equals("false")).count();
        assertThat(report.getLong("handoffRouting.reviewed")).isEqualTo(routingAssessed);
        assertThat(report.getLong("handoffRouting.overridden")).isEqualTo(routingWrong);
        assertThat(report.getLong("draftReviews.reviewed")).isEqualTo(typed("triage.draft.reviewed").count());
        assertThat(report.getLong("draftReviews.overridden")).isEqualTo(typed("triage.draft.reviewed")
                .filter(e -> List.of("EDITED", "REJECTED").contains(e.at("/data/decision").asText())).count());
        List<ObjectNode> aiReviews = typed("content.review.decided")
                .filter(e -> e.at("/data/origin").asText().equals("AI")).toList();
        assertThat(report.getLong("contentReviewsOfAiDrafts.reviewed")).isEqualTo(aiReviews.size());
        assertThat(report.getLong("contentReviewsOfAiDrafts.overridden")).isEqualTo(aiReviews.stream()
                .filter(e -> List.of("REJECT", "REQUEST_CHANGES").contains(e.at("/data/decision").asText())).count());
    }

    @Test
    void shouldListEveryUndisclosedAiReplyAndEveryAiReplyToAnOptedOutCustomer() throws Exception {
        boolean[][] replies = {{true, true, false}, {true, true, false}, {true, true, false}, {true, false, false},
            {true, false, false}, {true, true, true}, {false, false, true}, {false, false, false}};
        for (boolean[] r : replies) {
            sent.add(AuditFixtures.replySent("msg-" + AuditFixtures.id(), AuditFixtures.pseudonym(), r[0], r[1], r[2],
                    next()));
        }
        publishAndCheckpoint();

        JsonPath report = report("/disclosure");

        long undisclosed = sent.stream().filter(e -> flag(e, "aiGenerated") && !flag(e, "aiDisclosed")).count();
        long toOptedOut = sent.stream().filter(e -> flag(e, "aiGenerated") && flag(e, "aiOptOut")).count();
        assertThat(report.getLong("repliesChecked")).isEqualTo(sent.size());
        assertThat(report.getLong("aiGenerated")).isEqualTo(sent.stream().filter(e -> flag(e, "aiGenerated")).count());
        assertThat(report.getLong("violationCount")).isEqualTo(undisclosed + toOptedOut);
        assertThat(report.getList("violations.findAll { it.rule == 'AI_REPLY_NOT_DISCLOSED' }")).hasSize((int) undisclosed);
        assertThat(report.getList("violations.findAll { it.rule == 'AI_REPLY_TO_OPTED_OUT_CUSTOMER' }"))
                .hasSize((int) toOptedOut);
        assertThat(report.getBoolean("compliant")).isFalse();
    }

    @Test
    void shouldCountSlaWarningsAndBreachesByQueueAndPriority() throws Exception {
        for (String[] h : new String[][] {{"h1", "billing", "HIGH"}, {"h2", "billing", "HIGH"}, {"h3", "billing", "HIGH"},
            {"h4", "tech", "LOW"}, {"h5", "tech", "LOW"}}) {
            add("triage.handoff.created", "AI", "handoffId", h[0]).with("queue", h[1]).with("priority", h[2]);
        }
        add("triage.sla.warning", "SYSTEM", "handoffId", "h1").with("queue", "billing").with("priority", "HIGH");
        add("triage.sla.warning", "SYSTEM", "handoffId", "h2").with("queue", "billing").with("priority", "HIGH");
        add("triage.sla.breached", "SYSTEM", "handoffId", "h1").with("queue", "billing").with("priority", "HIGH")
                .with("clock", "FIRST_RESPONSE");
        add("triage.sla.breached", "SYSTEM", "handoffId", "h1").with("queue", "billing").with("priority", "HIGH")
                .with("clock", "RESOLUTION");
        add("triage.sla.breached", "SYSTEM", "handoffId", "h4").with("queue", "tech").with("priority", "LOW")
                .with("clock", "RESOLUTION");
        publishAndCheckpoint();

        JsonPath report = report("/sla");

        assertThat(report.getLong("handoffs")).isEqualTo(typed("triage.handoff.created").count());
        assertThat(report.getLong("warnings")).isEqualTo(typed("triage.sla.warning").count());
        assertThat(report.getLong("breaches")).isEqualTo(typed("triage.sla.breached").count());
        String billing = "byQueue.find { it.queue == 'billing' && it.priority == 'HIGH' }.";
        assertThat(report.getLong(billing + "handoffs")).isEqualTo(3);
        assertThat(report.getLong(billing + "breachedHandoffs")).isEqualTo(1);
        assertThat(report.getLong(billing + "firstResponseBreaches")).isEqualTo(1);
        assertThat(report.getDouble(billing + "breachRate")).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(report.getLong("byQueue.find { it.queue == 'tech' }.breaches")).isEqualTo(1);
    }

    @Test
    void shouldRejectBadReportParameters() {
        given().header("Authorization", AUDITOR).queryParam("dimension", "religion")
                .when().get("/api/audit/reports/fairness")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("dimension"));
        given().header("Authorization", AUDITOR).queryParam("from", "yesterday")
                .when().get("/api/audit/reports/sla")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().header("Authorization", AUDITOR).queryParam("from", "2030-01-02T00:00:00Z")
                .queryParam("to", "2030-01-01T00:00:00Z")
                .when().get("/api/audit/reports/human-oversight")
                .then().statusCode(400).body("violations.field", hasItem("to"));
    }

    private JsonPath report(String path, String... query) {
        var request = given().header("Authorization", AUDITOR)
                .queryParam("from", from.toString()).queryParam("to", from.plus(Duration.ofDays(1)).toString());
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        JsonPath report = request.when().get("/api/audit/reports" + path).then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("scope.treeSize")).isPositive();
        assertThat(report.getString("scope.rootHash")).isNotBlank();
        assertThat(report.getString("scope.checkpointId")).isNotNull();
        return report;
    }

    private interface RouteRule {
        String route(int i);
    }

    private void addTriaged(String language, int n, RouteRule rule) {
        for (int i = 0; i < n; i++) {
            sent.add(AuditFixtures.triaged("msg-" + AuditFixtures.id(), AuditFixtures.pseudonym(), rule.route(i),
                    language, "EU", "STANDARD", next(), "text " + i));
        }
    }

    /** An event with one data field; {@link Data#with} adds more. */
    private Data add(String type, String actorType, String field, Object value) {
        ObjectNode event = AuditFixtures.event(type, "s-" + AuditFixtures.id(), "c-" + AuditFixtures.id(), actorType,
                actorType.equals("AI") ? "rules-1.0" : "user-1", next());
        sent.add(event);
        return new Data((ObjectNode) event.get("data")).with(field, value);
    }

    private record Data(ObjectNode node) {
        Data with(String field, Object value) {
            node.set(field, AuditFixtures.MAPPER.valueToTree(value));
            return this;
        }
    }

    private Instant next() {
        return from.plusMillis(sent.size() * 10L + 1);
    }

    private void publishAndCheckpoint() throws Exception {
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (ObjectNode event : sent) {
                bus.publish(event);
            }
        }
        new LogDb(dataSource).awaitEntries(sent.stream().map(e -> e.get("id").asText()).toArray(String[]::new));
        AuditApi.checkpoint();
    }

    private java.util.stream.Stream<ObjectNode> typed(String type) {
        return sent.stream().filter(e -> e.get("type").asText().equals(type));
    }

    private static long count(List<ObjectNode> events, String route) {
        return events.stream().filter(e -> e.at("/data/route").asText().equals(route)).count();
    }

    private static double rate(List<ObjectNode> events, String route) {
        return (double) count(events, route) / events.size();
    }

    private static boolean flag(ObjectNode event, String field) {
        return event.at("/data/" + field).asBoolean();
    }
}
