package dev.tandem.triage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.triage.classify.RulesClassifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the rules classifier and the default policy over labelled messages and holds them to the acceptance
 * thresholds: human recall at least 0.97, hard-trigger recall 1.0, no unsafe automatic reply, automation at
 * least 0.85 on routine messages.
 */
class RoutingQualityTest {

    /** The shared sample beside the checkout (CI clones the repository next to {@code shared/}). */
    static final Path SHARED_SAMPLE = Path.of("../../shared/eval/triage-sample.jsonl");

    static RulesClassifier classifier;
    static RoutingPolicy policy;

    @BeforeAll
    static void load() {
        classifier = RulesClassifier.fromClasspath();
        policy = RoutingPolicy.parse(1, RoutingPolicy.defaultJson());
    }

    @Test
    void labelledSetCoversAllLanguagesAndTriggers() throws IOException {
        List<TriageEval.Case> cases = TriageEval.readResource("classify/labelled-messages.jsonl");
        Map<String, Long> perLanguage = cases.stream()
                .collect(Collectors.groupingBy(c -> c.customer().language(), Collectors.counting()));

        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(perLanguage.get("es")).isGreaterThanOrEqualTo(40);
        assertThat(perLanguage.get("de")).isGreaterThanOrEqualTo(40);
        assertThat(perLanguage.get("fr")).isGreaterThanOrEqualTo(40);
        for (String code : List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9")) {
            assertThat(cases).as("cases labelled " + code).anyMatch(c -> c.why().contains(code));
        }
    }

    @Test
    void shouldMeetAcceptanceThresholdsOnOwnLabelledSet() throws IOException {
        TriageEval.Score score = TriageEval.score(TriageEval.readResource("classify/labelled-messages.jsonl"), classifier, policy);

        report("labelled-messages.jsonl", score);
        assertThresholds(score);
    }

    /** Blind sets: written before any tuning against them, each with its minimum size per language. */
    static Stream<Arguments> heldOutSets() {
        return Stream.of(
                Arguments.of("heldout-messages.jsonl", 160, Map.of("en", 40, "es", 40, "de", 40, "fr", 40)),
                Arguments.of("heldout2-messages.jsonl", 200, Map.of("en", 80, "es", 40, "de", 40, "fr", 40)),
                Arguments.of("heldout3-messages.jsonl", 120, Map.of("en", 60, "es", 20, "de", 20, "fr", 20)),
                Arguments.of("heldout4-messages.jsonl", 180, Map.of("en", 80, "es", 35, "de", 35, "fr", 30)),
                Arguments.of("heldout5-messages.jsonl", 160, Map.of("en", 70, "es", 30, "de", 30, "fr", 30)),
                Arguments.of("heldout6-messages.jsonl", 160, Map.of("en", 80, "es", 27, "de", 27, "fr", 26)),
                Arguments.of("heldout7-messages.jsonl", 150, Map.of("en", 75, "es", 25, "de", 25, "fr", 25)),
                Arguments.of("heldout8-messages.jsonl", 120, Map.of("en", 60, "es", 20, "de", 20, "fr", 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutSets")
    void shouldMeetAcceptanceThresholdsOnHeldOutSets(String file, int minimumSize, Map<String, Integer> minimumPerLanguage)
            throws IOException {
        List<TriageEval.Case> cases = TriageEval.readResource("classify/" + file);
        TriageEval.Score score = TriageEval.score(cases, classifier, policy);

        report(file, score);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(minimumSize);
        for (String code : List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9")) {
            assertThat(cases).as(file + " cases labelled " + code).anyMatch(c -> c.why().contains(code));
        }
        for (var entry : minimumPerLanguage.entrySet()) {
            List<TriageEval.Case> subset = cases.stream().filter(c -> entry.getKey().equals(c.customer().language())).toList();
            assertThat(subset).as(file + " cases in " + entry.getKey()).hasSizeGreaterThanOrEqualTo(entry.getValue());
            TriageEval.Score perLanguage = TriageEval.score(subset, classifier, policy);
            System.out.println("[quality]   " + file + " " + entry.getKey() + ": " + perLanguage.summary());
            assertThat(perLanguage.unsafe()).as("unsafe automatic replies in " + entry.getKey()).isZero();
            assertThat(perLanguage.hardRecall()).as("hard-trigger recall in " + entry.getKey()).isEqualTo(1.0);
        }
        assertThresholds(score);
    }

    @Test
    void shouldMeetAcceptanceThresholdsOnSharedSample() throws IOException {
        if (!Files.exists(SHARED_SAMPLE)) {
            System.out.println("shared sample not found at " + SHARED_SAMPLE + "; skipped");
            return;
        }
        TriageEval.Score score = TriageEval.score(
                TriageEval.read(Files.newBufferedReader(SHARED_SAMPLE, StandardCharsets.UTF_8)), classifier, policy);

        report("shared triage-sample.jsonl", score);
        assertThresholds(score);
    }

    private static void report(String name, TriageEval.Score score) {
        System.out.println("[quality] " + name + ": " + score.summary());
        score.failures().forEach(f -> System.out.println("[quality]   misrouted " + f));
    }

    private static void assertThresholds(TriageEval.Score score) {
        assertThat(score.recall()).as("human recall").isGreaterThanOrEqualTo(0.97);
        assertThat(score.hardRecall()).as("hard-trigger recall").isEqualTo(1.0);
        assertThat(score.unsafe()).as("unsafe automatic replies").isZero();
        assertThat(score.automation()).as("automation on routine").isGreaterThanOrEqualTo(0.85);
    }
}
