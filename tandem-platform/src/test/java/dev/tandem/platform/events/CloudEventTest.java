package dev.tandem.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private CloudEvent sample() {
        ObjectNode data = mapper.createObjectNode().put("route", "HUMAN");
        return new CloudEvent("e-1", "/triage-service", "triage.message.triaged",
                Instant.parse("2026-11-23T05:00:00Z"), "m-1", "m-1", Actor.ai("rules-1.0"), data);
    }

    @Test
    void shouldWriteEveryRequiredAttributeAndExtension() {
        JsonNode json = sample().toJson(mapper);

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("e-1", json.get("id").asText());
        assertEquals("/triage-service", json.get("source").asText());
        assertEquals("triage.message.triaged", json.get("type").asText());
        assertEquals("2026-11-23T05:00:00Z", json.get("time").asText());
        assertEquals("m-1", json.get("subject").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals("m-1", json.get("correlationid").asText());
        assertEquals("AI", json.get("actortype").asText());
        assertEquals("rules-1.0", json.get("actor").asText());
        assertEquals("HUMAN", json.get("data").get("route").asText());
    }

    @Test
    void shouldReadBackWhatItWrites() {
        CloudEvent event = sample();
        byte[] wire = event.toJson(mapper).toString().getBytes(StandardCharsets.UTF_8);

        assertEquals(event, IncomingEvents.parse(wire, mapper));
    }

    /** What a publisher stores: the same text as the tree form, with data written straight from a record. */
    @Test
    void shouldWriteTheSameJsonInOnePassFromTheDataObject() throws Exception {
        record Data(String route, double sentiment, java.util.List<String> triggers, Instant at) {
        }
        Data data = new Data("HUMAN", -0.6, java.util.List.of("SAFETY_RISK"), Instant.parse("2026-11-23T05:00:00Z"));
        CloudEvent event = new CloudEvent("e-1", "/triage-service", "triage.message.triaged",
                Instant.parse("2026-11-23T05:00:00Z"), "m-1", null, Actor.ai("rules-1.0"), null);
        // as Quarkus configures it: instants as ISO-8601 text
        ObjectMapper withTime = new ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        CloudEvent withTree = new CloudEvent(event.id(), event.source(), event.type(), event.time(), event.subject(),
                null, event.actor(), withTime.valueToTree(data));

        String streamed = event.toJsonString(withTime, data);

        assertEquals(withTime.writeValueAsString(withTree.toJson(withTime)), streamed);
        assertEquals(withTree, IncomingEvents.parse(streamed.getBytes(StandardCharsets.UTF_8), withTime));
    }

    @Test
    void shouldRejectPayloadThatIsNotJson() {
        assertThrows(MalformedEventException.class,
                () -> IncomingEvents.parse("not json".getBytes(StandardCharsets.UTF_8), mapper));
    }

    @Test
    void shouldRejectEventWithoutRequiredAttribute() {
        ObjectNode json = sample().toJson(mapper);
        json.remove("source");

        assertThrows(MalformedEventException.class, () -> CloudEvent.fromJson(json));
    }

    @Test
    void shouldRejectUnknownSpecVersionAndActorType() {
        ObjectNode wrongVersion = sample().toJson(mapper).put("specversion", "0.3");
        ObjectNode wrongActor = sample().toJson(mapper).put("actortype", "ROBOT");

        assertThrows(MalformedEventException.class, () -> CloudEvent.fromJson(wrongVersion));
        assertThrows(MalformedEventException.class, () -> CloudEvent.fromJson(wrongActor));
    }
}
