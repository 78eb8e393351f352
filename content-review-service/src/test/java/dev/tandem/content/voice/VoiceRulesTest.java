package dev.tandem.content.voice;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Hits and non-hits per rule from {@code voice/rule-cases.yaml}, with exact spans. */
class VoiceRulesTest {

    private static final VoiceChecker CHECKER = new VoiceChecker(LabelledSet.brand());

    record RuleCase(String code, String text, String match, Boolean none, String channel, String origin,
                    List<String> fields, String suggestion, String ruleId) {
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = VoiceRulesTest.class.getResourceAsStream("/voice/rule-cases.yaml")) {
            List<RuleCase> cases = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            return cases.stream().map(c -> Arguments.of(c.code() + (Boolean.TRUE.equals(c.none()) ? " ignores: " : " finds: ")
                    + c.text(), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldFindExactlyWhatTheTableSays(String name, RuleCase c) {
        CheckInput input = new CheckInput(Channel.valueOf(c.channel() == null ? "WEB" : c.channel()),
                Origin.valueOf(c.origin() == null ? "HUMAN" : c.origin()), "t", c.text(),
                c.fields() == null ? List.of() : c.fields());
        List<Finding> ofCode = CHECKER.check(input).findings().stream().filter(f -> f.code().equals(c.code())).toList();
        if (Boolean.TRUE.equals(c.none())) {
            assertThat(ofCode).as("findings of %s", c.code()).isEmpty();
            return;
        }
        assertThat(ofCode).as("findings of %s", c.code()).anySatisfy(f -> {
            assertThat(f.match()).isEqualTo(c.match());
            assertThat(c.text().substring(f.start(), f.end())).isEqualTo(c.match());
            if (c.suggestion() != null) {
                assertThat(f.suggestion()).isEqualTo(c.suggestion());
            }
            if (c.ruleId() != null) {
                assertThat(f.ruleId()).isEqualTo(c.ruleId());
            }
            assertThat(f.message()).isNotBlank();
            assertThat(f.severity()).isNotNull();
        });
    }
}
