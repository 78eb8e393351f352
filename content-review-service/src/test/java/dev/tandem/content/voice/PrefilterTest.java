package dev.tandem.content.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PrefilterTest {

    @ParameterizedTest(name = "{0} needs one of {1}")
    @CsvSource(delimiter = ';', value = {
            "\\blast chance\\b;[last chance]",
            "\\b(?:hurry|act now)\\b;[hurry, act now]",
            "(?:the\\s+)?(?:best|most\\s+\\p{L}+)\\s+\\p{L}+\\s+(?:on earth|period)\\b;[on earth, period]",
            "(?<![\\p{L}])(?:\\Qcheap\\E|\\Qcheaper\\E)(?![\\p{L}]);[cheap]",
            "\\b\\d{1,2}:\\d{2}:\\d{2}\\b;[:]",
            "ab+c;[a]",
    })
    void shouldKeepOnlyLiteralsEveryMatchNeeds(String regex, String literals) {
        assertThat(String.valueOf(Prefilter.of(regex).literals())).isEqualTo(literals);
    }

    @Test
    void shouldGiveUpOnPatternsWithoutRequiredLiterals() {
        assertThat(Prefilter.of("(?:foo)?\\d+").literals()).isNull();
        assertThat(Prefilter.of("foo|\\d+").literals()).isNull();
        assertThat(Prefilter.of("x").mayMatch("anything")).isFalse();
        assertThat(Prefilter.ALWAYS.mayMatch("")).isTrue();
    }

    @Test
    void shouldNeverSkipADraftThatALexiconPatternMatches() throws Exception {
        List<String> patterns = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(Lexicon.RESOURCE)) {
            collect(new ObjectMapper(new YAMLFactory()).readValue(in, Object.class), patterns);
        }
        List<String> bodies = new ArrayList<>();
        LabelledSet.resource("/voice/labelled-drafts.jsonl").forEach(c -> bodies.add(Draft.plain(c.input().body())));
        assertThat(patterns).hasSizeGreaterThan(100);
        for (String source : patterns) {
            Pattern pattern = Lexicon.regex(source);
            Prefilter prefilter = Prefilter.of(source);
            for (String body : bodies) {
                if (pattern.matcher(body).find()) {
                    assertThat(prefilter.mayMatch(body.toLowerCase(Locale.ROOT))).as(source + " on " + body).isTrue();
                }
            }
        }
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (node instanceof String s && s.contains("\\")) {
            out.add(s);
        }
    }
}
