package dev.tandem.platform.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with Tandem's extensions {@code correlationid},
 * {@code actortype} and {@code actor}. The bus carries exactly {@link #toJson(ObjectMapper)}.
 */
public record CloudEvent(String id, String source, String type, Instant time, String subject,
                         String correlationId, Actor actor, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public CloudEvent {
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        Objects.requireNonNull(time, "time");
        requireText(subject, "subject");
        Objects.requireNonNull(actor, "actor");
    }

    /** The event as a JSON tree (the text of {@link #toJsonString} with this event's {@link #data()}). */
    public ObjectNode toJson(ObjectMapper mapper) {
        try {
            return (ObjectNode) mapper.readTree(toJsonString(mapper, data == null ? mapper.nullNode() : data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be read back", e);
        }
    }

    /**
     * The event as JSON text with {@code data} written straight from the object, in one pass and without an
     * intermediate tree (this event's own {@link #data()} is ignored). For publishers.
     */
    public String toJsonString(ObjectMapper mapper, Object data) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("specversion", SPEC_VERSION);
            g.writeStringField("id", id);
            g.writeStringField("source", source);
            g.writeStringField("type", type);
            g.writeStringField("time", time.toString());
            g.writeStringField("subject", subject);
            g.writeStringField("datacontenttype", DATA_CONTENT_TYPE);
            if (correlationId != null) {
                g.writeStringField("correlationid", correlationId);
            }
            g.writeStringField("actortype", actor.type().name());
            g.writeStringField("actor", actor.id());
            g.writeFieldName("data");
            mapper.writeValue(g, data);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        return out.toString();
    }

    /**
     * Reads a structured-mode event. Throws {@link MalformedEventException} when a required attribute is
     * missing or malformed, so consumers can park the message instead of retrying it forever.
     */
    public static CloudEvent fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("event is not a JSON object");
        }
        if (!SPEC_VERSION.equals(text(node, "specversion"))) {
            throw new MalformedEventException("specversion must be 1.0");
        }
        try {
            ActorType actorType = ActorType.valueOf(text(node, "actortype"));
            return new CloudEvent(text(node, "id"), text(node, "source"), text(node, "type"),
                    Instant.parse(text(node, "time")), text(node, "subject"), optionalText(node, "correlationid"),
                    new Actor(actorType, text(node, "actor")), node.get("data"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new MalformedEventException("invalid event: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEventException("missing attribute " + field);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
