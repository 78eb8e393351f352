package dev.tandem.audit.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.crypto.LeafCodec;

/**
 * The payload of an entry is the <em>canonical text</em> of the received CloudEvent: the JSON document as
 * parsed, written back compactly by Jackson (members in received order, no insignificant whitespace,
 * UTF-8). {@code payloadDigest} is the lowercase hex SHA-256 of exactly those UTF-8 bytes, and the export's
 * {@code payload} string is exactly that text. Writing is idempotent (writing a parse of the canonical text
 * gives the same text), so the text can be rebuilt from the stored parts.
 *
 * <p>Stored parts: the canonical text with {@code data.content} replaced by {@link #PLACEHOLDER} (readable,
 * non-personal), and the canonical text of {@code data.content} on its own, which the caller encrypts.
 */
public final class PayloadCodec {

    /** Stands in for the encrypted {@code data.content} in the stored payload. */
    public static final String PLACEHOLDER_FIELD = "$encrypted";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode PLACEHOLDER = MAPPER.createObjectNode().put(PLACEHOLDER_FIELD, "AES-256-GCM");

    private PayloadCodec() {
    }

    /** The payload split for storage; {@code content} is null when the event carries no {@code data.content}. */
    public record Split(String canonical, String redacted, String content, String digest) {
    }

    public static JsonNode parse(byte[] body) throws java.io.IOException {
        return MAPPER.readTree(body);
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }

    public static Split split(JsonNode event) {
        String canonical = write(event);
        String digest = LeafCodec.payloadDigest(canonical);
        JsonNode content = event.path("data").get("content");
        if (content == null || content.isNull()) {
            return new Split(canonical, canonical, null, digest);
        }
        ObjectNode data = (ObjectNode) event.get("data");
        data.set("content", PLACEHOLDER);
        String redacted = write(event);
        data.set("content", content);
        return new Split(canonical, redacted, write(content), digest);
    }

    /** The canonical text again, from the stored redacted payload and the decrypted content text. */
    public static String merge(String redacted, String content) {
        if (content == null) {
            return redacted;
        }
        ObjectNode tree = (ObjectNode) parse(redacted);
        ((ObjectNode) tree.get("data")).set("content", parse(content));
        return write(tree);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payload cannot be written", e);
        }
    }
}
