package dev.tandem.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.crypto.LeafCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical payload text survives the split into stored parts and back, byte for byte. */
class PayloadCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"1\",\"data\":{\"dataSubject\":\"ab\",\"content\":{\"body\":\"Grüße, \\\"du\\\"\\n\\u2028 €\"},\"n\":1.50}}",
        "{ \"id\" : \"2\", \"data\" : { \"content\" : { \"text\" : \"x\" }, \"z\" : [1, 2.0e3, -0.0, true, null] } }",
        "{\"id\":\"3\",\"data\":{\"route\":\"HUMAN\"}}",
        "{\"id\":\"4\",\"data\":{\"content\":null}}",
        "{\"id\":\"5\",\"data\":null}",
        "{\"id\":\"6\",\"data\":{\"content\":\"just a string 😀\",\"b\":12345678901234567890}}"
    })
    void shouldRebuildTheCanonicalTextFromTheStoredParts(String received) throws IOException {
        PayloadCodec.Split split = PayloadCodec.split(PayloadCodec.parse(received.getBytes(StandardCharsets.UTF_8)));

        assertThat(PayloadCodec.merge(split.redacted(), split.content())).isEqualTo(split.canonical());
        assertThat(split.digest()).isEqualTo(LeafCodec.payloadDigest(split.canonical()));
        assertThat(PayloadCodec.split(PayloadCodec.parse(split.canonical())).canonical()).isEqualTo(split.canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"1\",\"data\":{\"content\":{\"body\":\"secret words\"}}}",
        "{\"id\":\"2\",\"data\":{\"content\":\"secret words\"}}"
    })
    void shouldKeepPersonalContentOutOfTheReadablePart(String received) throws IOException {
        PayloadCodec.Split split = PayloadCodec.split(PayloadCodec.parse(received.getBytes(StandardCharsets.UTF_8)));

        assertThat(split.redacted()).doesNotContain("secret").contains(PayloadCodec.PLACEHOLDER_FIELD);
        assertThat(split.content()).contains("secret words");
    }
}
