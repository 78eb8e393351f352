package dev.tandem.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Turns whatever payload type the RabbitMQ connector hands over into a {@link CloudEvent}. */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    public static CloudEvent parse(Object payload, ObjectMapper mapper) {
        try {
            if (payload instanceof byte[] bytes) {
                return CloudEvent.fromJson(mapper.readTree(bytes));
            }
            if (payload instanceof Buffer buffer) {
                return CloudEvent.fromJson(mapper.readTree(buffer.getBytes()));
            }
            if (payload instanceof JsonObject json) {
                return CloudEvent.fromJson(mapper.readTree(json.encode()));
            }
            if (payload instanceof String text) {
                return CloudEvent.fromJson(mapper.readTree(text.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload is not JSON");
        } catch (IOException e) {
            throw new MalformedEventException("payload could not be read");
        }
        throw new MalformedEventException("unsupported payload type");
    }
}
