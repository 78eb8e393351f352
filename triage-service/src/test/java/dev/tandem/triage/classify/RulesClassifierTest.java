package dev.tandem.triage.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RulesClassifierTest {

    static RulesClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = RulesClassifier.fromClasspath();
    }

    /** Table in {@code classify/classifier-cases.psv}: negation, sarcasm, harmless scary words, calm danger, languages. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvFileSource(resources = "/classify/classifier-cases.psv", delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = true)
    void shouldReadSignalsIntentAndToneAsTabled(String language, String text, String expectations) {
        Classification c = classifier.classify(new MessageText(null, text, "-".equals(language) ? null : language));

        for (String e : expectations.trim().split("\\s+")) {
            if (e.startsWith("+")) {
                assertThat(c.has(SignalType.valueOf(e.substring(1)))).as(e + " in " + c).isTrue();
            } else if (e.startsWith("-")) {
                assertThat(c.has(SignalType.valueOf(e.substring(1)))).as(e + " in " + c).isFalse();
            } else if (e.startsWith("intent=")) {
                assertThat(c.intent()).as(c.toString()).isEqualTo(Intent.valueOf(e.substring(7)));
            } else if (e.startsWith("lang=")) {
                assertThat(c.language()).isEqualTo(e.substring(5));
            } else if (e.equals("sentiment<0")) {
                assertThat(c.sentiment()).as(c.toString()).isNegative();
            } else if (e.equals("sentiment>=0")) {
                assertThat(c.sentiment()).as(c.toString()).isGreaterThanOrEqualTo(0);
            } else {
                throw new IllegalArgumentException("unknown expectation " + e);
            }
        }
    }

    @Test
    void shouldCarryEvidenceAsWrittenAndTheRuleId() {
        Classification c = classifier.classify(new MessageText("Heater", "The Oil Heater gives off a BURNING smell", "en"));

        Signal safety = c.signals().stream().filter(s -> s.type() == SignalType.SAFETY).findFirst().orElseThrow();
        assertThat(safety.evidence()).isEqualTo("BURNING smell");
        assertThat(safety.rule()).startsWith("en.safety.");
        assertThat(safety.confidence()).isBetween(0.0, 1.0);
        assertThat(c.urgency()).isEqualTo(Urgency.CRITICAL);
    }

    @Test
    void shouldReportIdAndLexiconVersion() {
        assertThat(classifier.id()).isEqualTo("rules-1.0");
        assertThat(classifier.lexiconVersion()).matches("\\d{4}\\.\\d+\\.\\d+");
    }

    @Test
    void shouldHandleEmptyAndNullText() {
        Classification c = classifier.classify(new MessageText(null, null, null));

        assertThat(c.intent()).isEqualTo(Intent.OTHER);
        assertThat(c.confidence()).isLessThan(0.5);
        assertThat(c.language()).isEqualTo("en");
    }

    @Test
    void shouldBeDeterministicAcrossThreads() throws Exception {
        MessageText m = new MessageText("Refund", "fed up, third time asking where my refund is 😡 sort it out", "en");
        Classification expected = classifier.classify(m);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Classification>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> classifier.classify(m)));
            }
            for (Future<Classification> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldRefuseBrokenLexiconData() {
        LexiconLoader broken = new LexiconLoader(getClass().getClassLoader(), "classify/broken-lexicon");

        assertThatThrownBy(broken::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lexicon/en.yaml: signals[0].target: unknown SignalType EXPLOSION");
    }

    @Test
    void shouldRefuseMissingLexicon() {
        LexiconLoader missing = new LexiconLoader(getClass().getClassLoader(), "classify/no-such-lexicon");

        assertThatThrownBy(missing::load).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }
}
