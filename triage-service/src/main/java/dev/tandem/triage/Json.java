package dev.tandem.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.triage.routing.RuleEvaluation;
import dev.tandem.triage.routing.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** JSON text columns (triggers, evaluations, classifications) to and from values. */
@ApplicationScoped
public class Json {

    private static final TypeReference<List<Trigger>> TRIGGERS = new TypeReference<>() { };
    private static final TypeReference<List<RuleEvaluation>> EVALUATIONS = new TypeReference<>() { };

    private final ObjectMapper mapper;

    Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getSimpleName(), e);
        }
    }

    public List<Trigger> triggers(String json) {
        return readList(json, TRIGGERS);
    }

    public List<RuleEvaluation> evaluations(String json) {
        return readList(json, EVALUATIONS);
    }

    private <T> List<T> readList(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? List.of() : mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON list cannot be read", e);
        }
    }
}
