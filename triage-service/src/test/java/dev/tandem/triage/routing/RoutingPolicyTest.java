package dev.tandem.triage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RoutingPolicyTest {

    @Test
    void shouldParseTheSeedPolicy() {
        RoutingPolicy policy = RoutingPolicy.parse(3, RoutingPolicy.defaultJson());

        assertThat(policy.version()).isEqualTo(3);
        assertThat(policy.name()).isEqualTo("default");
        assertThat(policy.ruleCount()).isEqualTo(18);
    }

    @Test
    void shouldWriteCanonicalJsonThatParsesToTheSameJson() {
        RoutingPolicy policy = RoutingPolicy.parse(1, RoutingPolicy.defaultJson());
        RoutingPolicy again = RoutingPolicy.parse(2, policy.json());

        assertThat(again.json()).isEqualTo(policy.json());
        assertThat(policy.json()).doesNotContain("\n").startsWith("{\"name\":\"default\"");
    }

    @Test
    void shouldNormaliseFormattingAndSingleNames() {
        String spaced = "{ \"rules\": [ {\"route\":\"HUMAN\", \"id\":\"x\", \"description\":\"d\", \"when\": {\"signal\": \"SAFETY\"},"
                + " \"trigger\":\"SAFETY_RISK\", \"queue\":\"crisis\", \"priority\":\"P1\"} ], \"name\": \"n\" }";
        String compact = "{\"name\":\"n\",\"rules\":[{\"id\":\"x\",\"description\":\"d\",\"when\":{\"signal\":[\"SAFETY\"]},"
                + "\"route\":\"HUMAN\",\"trigger\":\"SAFETY_RISK\",\"queue\":\"crisis\",\"priority\":\"P1\"}]}";

        assertThat(RoutingPolicy.parse(1, spaced).json()).isEqualTo(compact);
    }

    @ParameterizedTest(name = "{1}")
    @CsvFileSource(resources = "/routing/policy-errors.psv", delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = true,
            maxCharsPerColumn = 10_000)
    void shouldNameTheBadFieldOfABrokenPolicy(String json, String expectedMessage) {
        assertThatThrownBy(() -> RoutingPolicy.parse(1, json))
                .isInstanceOf(PolicyFormatException.class)
                .hasMessageStartingWith(expectedMessage);
    }

    @Test
    void shouldRejectVersionZeroAndEmptyDocument() {
        assertThatThrownBy(() -> RoutingPolicy.parse(0, RoutingPolicy.defaultJson()))
                .isInstanceOf(PolicyFormatException.class).hasMessageStartingWith("version:");
        assertThatThrownBy(() -> RoutingPolicy.parse(1, " "))
                .isInstanceOf(PolicyFormatException.class).hasMessageStartingWith("$: empty");
    }

    @Test
    void shouldExposeTheBadFieldPath() {
        PolicyFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyFormatException.class,
                () -> RoutingPolicy.parse(1, "{\"name\":\"p\",\"rules\":[{\"id\":\"a\",\"description\":\"d\",\"when\":{\"tier\":\"X\"},\"route\":\"AUTO_REPLY\"}]}"));

        assertThat(e.field()).isEqualTo("rules[0].when.tier");
    }
}
