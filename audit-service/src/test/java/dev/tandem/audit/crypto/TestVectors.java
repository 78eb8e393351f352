package dev.tandem.audit.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Loads the JSON test vectors under src/test/resources/crypto. */
final class TestVectors {

    private TestVectors() {
    }

    static JsonNode load(String name) {
        try (InputStream in = TestVectors.class.getResourceAsStream("/crypto/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource crypto/" + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] hex(JsonNode node) {
        return ProofCodec.fromHex(node.asText());
    }

    static List<byte[]> hexList(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(hex(n)));
        return out;
    }
}
