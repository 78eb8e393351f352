package dev.tandem.triage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start-character index is only a speed-up: it must never lose a hit that a plain search finds. */
class PatternIndexTest {

    /** Expected first characters, comma-separated, "_" for a space; "-" when the pattern has no usable start. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "caught fire => ca",
        "(i am|i.?m|im) (blind|deaf) => i,i_,im",
        "where.?s my => wh",
        "(3|three|2|two) pack => 3_,th,2_,tw",
        "a ?& ?e => a&,a_",
        "\\d+ times => 0,1,2,3,4,5,6,7,8,9",
        "caf(e|é) => ca",
        "(the|your)(?:\\s+\\w+){1,2}\\s+store => th,yo",
        "x+ => x",
        "[$£€]\\s?\\d+ => $,£,€",
        "\\w+ed => -",
        "^\\W*(human|agent) => -"
    })
    void shouldWorkOutTheFirstCharactersOfAPattern(String regex, String expected) {
        Set<String> prefixes = RegexPrefixes.of(regex);

        if ("-".equals(expected)) {
            assertThat(prefixes).isNull();
        } else {
            assertThat(prefixes).containsExactlyInAnyOrder(expected.replace('_', ' ').split(","));
        }
    }

    @Test
    void shouldFindExactlyWhatAPlainSearchFindsOnTheLabelledSet() throws Exception {
        Lexicon lexicon = new LexiconLoader(getClass().getClassLoader(), "classify").load();
        ObjectMapper json = new ObjectMapper();
        List<String[]> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/classify/labelled-messages.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode n = json.readTree(line);
                texts.add(new String[] {n.path("customer").path("language").asText(),
                        TextNormalizer.normalize(n.path("subject").asText() + "\n" + n.path("body").asText())});
            }
        }
        int checked = 0;
        for (String[] t : texts) {
            LanguageRules rules = lexicon.rules(t[0]);
            TextIndex index = rules.index(t[1]);
            for (List<LexRule> group : List.of(rules.masks(), rules.signals(), rules.intents(), rules.sentiment(),
                    rules.urgency(), rules.multiAsk())) {
                for (LexRule rule : group) {
                    for (LexRule.Alternative alt : rule.alternatives()) {
                        List<Integer> indexed = new ArrayList<>();
                        alt.hits(t[1], index, (start, end) -> indexed.add(start) || true);
                        List<Integer> plain = new ArrayList<>();
                        Matcher m = alt.pattern().matcher(t[1]);
                        while (m.find()) {
                            plain.add(m.start());
                        }
                        assertThat(indexed).as(rule.id() + " " + alt.pattern() + " on " + t[1]).isEqualTo(plain);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    /** Literal patterns are compared as strings: the word edges must still be exactly the regex's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "sue => true", "x²sue => false", "sue² => false", "Ⅻsue => false", "sue's => true", "(sue) => true",
        "suez => false", "1sue => false", "sue1 => false", "issue => false", "sue𝐀 => false",
        // java.util.regex looks one char back, half of this surrogate pair: a hit, and the index must agree
        "𝐀sue => true"
    })
    void shouldMatchALiteralAtWordEdgesOnlyAsTheRegexDoes(String text, boolean expected) {
        LexRule.Alternative sue = new LexiconLoader(getClass().getClassLoader(), "classify").alternative("sue");
        assertThat(sue.literal()).isEqualTo("sue");
        TextIndex index = new TextIndex(text, new Dispatch(List.of(sue)));
        List<Integer> hits = new ArrayList<>();
        sue.hits(text, index, (start, end) -> hits.add(start) || true);
        Matcher plain = sue.pattern().matcher(text);

        assertThat(plain.find()).isEqualTo(expected);
        assertThat(!hits.isEmpty()).isEqualTo(expected);
    }
}
