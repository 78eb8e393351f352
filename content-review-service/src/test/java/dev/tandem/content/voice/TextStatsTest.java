package dev.tandem.content.voice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextStatsTest {

    private static final Set<String> ABBREVIATIONS = Set.of("mt", "dr", "st", "e.g", "i.e", "vs");

    private static int sentences(String text) {
        return TextStats.of(text, ABBREVIATIONS).sentences().size();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "One. Two! Three?|3",
            "It weighs 2.5 pounds and costs $35.99 today.|1",
            "Meet us at Mt. Hood with Dr. Lee at 9.|1",
            "Bring layers, e.g. a fleece. Then go.|2",
            "Open approx. three hours a day.|1",
            "Wait... Really?|2",
            "Hi there,\\n\\nYour boots shipped|2",
            "The Northwind team\\nAI-assisted email.|2",
            "Trip notes by J. R. Smith are online.|1",
            "\"Stay dry.\" That's the rule.|2",
            "Heading out?\\n- tent\\n- stove|3",
    })
    void shouldSplitSentences(String text, int expected) {
        assertThat(sentences(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"cat,1", "table,2", "water,2", "tent,1", "hiking,2", "jacket,2", "comfortable,4", "sustainability,6",
            "seam-sealed,2", "rain,1", "wanted,2", "jumped,1", "recreation,4", "create,2", "people,2", "idea,2", "going,2", "4100,1"})
    void shouldCountSyllables(String word, int expected) {
        assertThat(TextStats.syllables(word)).isEqualTo(expected);
    }

    @Test
    void shouldComputeFleschKincaidGrade() {
        assertThat(TextStats.grade(100, 5, 150)).isCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, within(1e-9));
        assertThat(TextStats.of("", ABBREVIATIONS).grade()).isZero();
    }

    @Test
    void shouldKeepOffsetsIntoTheOriginalBody() {
        String body = "Hi {{first_name}},\n\nYour tent is ready. Pick it up today.";
        TextStats stats = TextStats.of(body, ABBREVIATIONS);
        assertThat(stats.sentences()).extracting(s -> body.substring(s.start(), s.end()))
                .containsExactly("Hi {{first_name}},", "Your tent is ready.", "Pick it up today.");
        assertThat(stats.words()).isEqualTo(10);
    }

    @Test
    void shouldGradeDensePolysyllabicProseFarAboveSimpleProse() {
        double dense = TextStats.of("Comprehensive lifecycle evaluation encompasses procurement, manufacturing "
                + "energy intensity, transportation-related emissions, and end-of-life recoverability.", ABBREVIATIONS).grade();
        double plain = TextStats.of("Our tents are seam-sealed. If a seam leaks, bring it back. We fix it.", ABBREVIATIONS).grade();
        assertThat(dense).isGreaterThan(18);
        assertThat(plain).isLessThan(5);
    }
}
