package dev.tandem.audit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.audit.log.PayloadCodec;
import dev.tandem.platform.events.CloudEvent;
import dev.tandem.platform.events.MalformedEventException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A delivered message with its parsed envelope and JSON document. */
record ReceivedEvent(Message<?> message, CloudEvent event, JsonNode document) {

    /** @throws MalformedEventException when the body is not a valid CloudEvents 1.0 JSON document */
    static ReceivedEvent of(Message<?> message) {
        JsonNode document;
        try {
            document = PayloadCodec.parse(bytes(message.getPayload()));
        } catch (IOException e) {
            throw new MalformedEventException("payload is not JSON");
        }
        return new ReceivedEvent(message, CloudEvent.fromJson(document), document);
    }

    /** The idempotency key: {@code source + '\n' + id}. */
    String key() {
        return event.source() + "\n" + event.id();
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof Buffer buffer) {
            return buffer.getBytes();
        }
        if (payload instanceof JsonObject json) {
            return json.encode().getBytes(StandardCharsets.UTF_8);
        }
        if (payload instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw new MalformedEventException("unsupported payload type");
    }
}
