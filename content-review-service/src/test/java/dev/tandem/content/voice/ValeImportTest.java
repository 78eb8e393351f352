package dev.tandem.content.voice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValeImportTest {

    private static final String EXISTENCE = """
            extends: existence
            message: "Avoid hedging with '%s'."
            level: warning
            ignorecase: true
            tokens:
              - kind of
              - sort of
              - basically
            """;

    private static final String SUBSTITUTION = """
            extends: substitution
            message: "Use '%s' instead of '%s'."
            level: error
            ignorecase: true
            swap:
              utilize: use
              "sign[- ]up for": join
              backcountry: wilderness|backcountry
            """;

    private static final String OCCURRENCE = """
            extends: occurrence
            message: "More than 2 exclamation marks (%s)."
            level: suggestion
            scope: sentence
            max: 2
            token: '!'
            nonword: true
            """;

    private static CheckReport check(CustomRule rule, String body) {
        BrandVoice brand = new BrandVoice("Acme", List.of(), List.of(), List.of(), null, 0, 100, List.of(), List.of(rule));
        return new VoiceChecker(brand).check(new CheckInput(Channel.WEB, Origin.HUMAN, "t", body, List.of()));
    }

    @Test
    void shouldImportExistenceRuleAndReportEachToken() {
        CustomRule rule = ValeImport.parse("Acme/Hedging.yml", EXISTENCE);
        assertThat(rule.id()).isEqualTo("Acme.Hedging");
        assertThat(rule.kind()).isEqualTo("existence");
        assertThat(rule.code()).isEqualTo("BANNED_PHRASE");
        assertThat(rule.severity()).isEqualTo(Severity.WARNING);
        assertThat(rule.ignoreCase()).isTrue();
        assertThat(rule.tokens()).containsExactly("kind of", "sort of", "basically");

        String body = "It's Kind of warm and basically dry. A basic kind offer is fine.";
        List<Finding> findings = check(rule, body).findings();
        assertThat(findings).extracting(Finding::match).containsExactly("Kind of", "basically");
        assertThat(findings.get(0).message()).isEqualTo("Avoid hedging with 'Kind of'.");
        assertThat(findings).allSatisfy(f -> {
            assertThat(body.substring(f.start(), f.end())).isEqualTo(f.match());
            assertThat(f.ruleId()).isEqualTo("Acme.Hedging");
        });
    }

    @Test
    void shouldImportSubstitutionRuleWithSuggestion() {
        CustomRule rule = ValeImport.parse("Terms.yaml", SUBSTITUTION);
        assertThat(rule.code()).isEqualTo("TERMINOLOGY");
        assertThat(rule.severity()).isEqualTo(Severity.ERROR);
        assertThat(rule.swap()).containsEntry("utilize", "use");

        List<Finding> findings = check(rule, "Utilize the map, then sign up for a class in the backcountry.").findings();
        assertThat(findings).extracting(Finding::match, Finding::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Utilize", "use"),
                        org.assertj.core.groups.Tuple.tuple("sign up for", "join"));
        assertThat(findings.get(0).message()).isEqualTo("Use 'use' instead of 'Utilize'.");
    }

    @Test
    void shouldImportOccurrenceRulePerSentence() {
        CustomRule rule = ValeImport.parse("Acme/Exclamations.yml", OCCURRENCE);
        assertThat(rule.code()).isEqualTo("HYPE_TONE");
        assertThat(rule.max()).isEqualTo(2);
        assertThat(rule.scope()).isEqualTo("sentence");
        assertThat(rule.nonword()).isTrue();

        List<Finding> findings = check(rule, "Great!! Really great!!! Fine.").findings().stream()
                .filter(f -> f.ruleId().equals("Acme.Exclamations")).toList();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).isEqualTo("More than 2 exclamation marks (3).");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.SUGGESTION);
    }

    @Test
    void shouldHonourDeclaredCodeAndExceptions() {
        CustomRule rule = ValeImport.parse("Hype.yml", """
                extends: existence
                code: HYPE_TONE
                message: "'%s' is hype."
                tokens: ['\\w+tastic']
                exceptions: [Fantastic]
                """);
        assertThat(rule.code()).isEqualTo("HYPE_TONE");
        assertThat(rule.severity()).isEqualTo(Severity.SUGGESTION);
        assertThat(check(rule, "A fantastic and funtastic day.").findings()).extracting(Finding::match)
                .containsExactly("funtastic");
    }

    @Test
    void shouldRoundTripThroughJackson() throws Exception {
        CustomRule rule = ValeImport.parse("Terms.yaml", SUBSTITUTION);
        String json = LabelledSet.JSON.writeValueAsString(rule);
        assertThat(LabelledSet.JSON.readValue(json, CustomRule.class)).isEqualTo(rule);
        CustomRule legacy = LabelledSet.JSON.readValue("""
                {"id":"X","kind":"existence","code":"BANNED_PHRASE","severity":"ERROR","message":"no '%s'",
                 "tokens":["foo"],"swap":null,"max":0,"ignoreCase":false}""", CustomRule.class);
        assertThat(legacy.scope()).isEqualTo("text");
        assertThat(legacy.swap()).isEqualTo(Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "extends: capitalization\\nmessage: x\\nmatch: $title|'capitalization' is not supported; supported kinds are existence, substitution, occurrence",
            "extends: spelling\\nmessage: x|'spelling' is not supported",
            "extends: shouting\\nmessage: x|unknown Vale rule kind 'shouting'",
            "message: x\\ntokens: [a]|'extends' is missing",
            "extends: existence\\nmessage: x|needs a non-empty 'tokens'",
            "extends: substitution\\nswap: [a, b]|needs a non-empty 'swap' map",
            "extends: occurrence\\ntoken: '!'|needs 'max'",
            "extends: occurrence\\ntoken: '!'\\nmax: many|'max' must be a non-negative whole number",
            "extends: existence\\ntokens: ['(unclosed']|token '(unclosed' is not a valid regular expression",
            "extends: existence\\nlevel: fatal\\ntokens: [a]|'level' must be suggestion, warning or error",
            "extends: existence\\nignorecase: maybe\\ntokens: [a]|'ignorecase' must be true or false",
            "extends: existence\\ntokens: [a]\\nfrobnicate: 1|unknown key 'frobnicate'",
            "extends: existence\\ncode: banned\\ntokens: [a]|'code' must be an upper-case finding code",
            "- just\\n- a list|expected a YAML mapping",
            "extends: [existence|not valid YAML",
    })
    void shouldRejectWhatItCannotImportWithClearMessage(String yaml, String expected) {
        assertThatThrownBy(() -> ValeImport.parse("Acme/Bad.yml", yaml.replace("\\n", "\n")))
                .isInstanceOf(ValeFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Acme/Bad.yml: ")
                .hasMessageContaining(expected);
    }

    @Test
    void shouldRejectEmptyFile() {
        assertThatThrownBy(() -> ValeImport.parse("Empty.yml", "  ")).isInstanceOf(ValeFormatException.class)
                .hasMessage("Empty.yml: the file is empty");
    }
}
