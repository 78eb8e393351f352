package dev.tandem.triage.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ordered, versioned set of routing rules, held as data (JSON):
 * <pre>{"name": "...", "rules": [{"id", "description", "when": {...}, "route", "trigger", "queue", "priority"}]}</pre>
 * Immutable; {@link #json()} is the canonical form (fixed field order, compact), so equal policies
 * serialise equally whatever the input formatting was.
 */
public final class RoutingPolicy {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final Pattern QUEUE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Set<String> TOP_FIELDS = Set.of("name", "description", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "description", "when", "route", "trigger", "queue", "priority");
    private static final String DEFAULT_RESOURCE = "routing/default-policy.json";

    private final int version;
    private final String name;
    private final List<PolicyRule> rules;
    private final String json;

    private RoutingPolicy(int version, String name, List<PolicyRule> rules, String json) {
        this.version = version;
        this.name = name;
        this.rules = List.copyOf(rules);
        this.json = json;
    }

    /** Parses and validates a policy document; throws {@link PolicyFormatException} naming the bad field. */
    public static RoutingPolicy parse(int version, String json) {
        if (version < 1) {
            throw new PolicyFormatException("version", "must be 1 or more");
        }
        if (json == null || json.isBlank()) {
            throw new PolicyFormatException("$", "empty policy document");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PolicyFormatException("$", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new PolicyFormatException("$", "must be a JSON object");
        }
        unknownFields(root, TOP_FIELDS, "");
        ObjectNode canon = MAPPER.createObjectNode();
        String name = root.path("name").asText("");
        if (name.isBlank()) {
            throw new PolicyFormatException("name", "missing");
        }
        canon.put("name", name);
        if (root.hasNonNull("description")) {
            canon.put("description", root.get("description").asText());
        }
        JsonNode rulesNode = root.get("rules");
        if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
            throw new PolicyFormatException("rules", "must be a non-empty list");
        }
        ArrayNode canonRules = canon.putArray("rules");
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            PolicyRule rule = rule(rulesNode.get(i), "rules[" + i + "]", canonRules);
            if (!ids.add(rule.id())) {
                throw new PolicyFormatException("rules[" + i + "].id", "duplicate id " + rule.id());
            }
            rules.add(rule);
        }
        if (rules.size() > 200) {
            throw new PolicyFormatException("rules", "at most 200 rules");
        }
        return new RoutingPolicy(version, name, rules, canon.toString());
    }

    private static PolicyRule rule(JsonNode node, String path, ArrayNode canonRules) {
        if (!node.isObject()) {
            throw new PolicyFormatException(path, "must be an object");
        }
        unknownFields(node, RULE_FIELDS, path + ".");
        ObjectNode canon = canonRules.addObject();
        String id = required(node, "id", path);
        if (!ID.matcher(id).matches()) {
            throw new PolicyFormatException(path + ".id", "must be lower-case letters, digits, '.' or '-' (got " + id + ")");
        }
        canon.put("id", id);
        String description = required(node, "description", path);
        canon.put("description", description);
        ConditionParser.Parsed when = ConditionParser.parse(node.get("when"), path + ".when");
        canon.set("when", when.canonical());
        String routeName = required(node, "route", path);
        Route route;
        try {
            route = Route.valueOf(routeName);
        } catch (IllegalArgumentException e) {
            throw new PolicyFormatException(path + ".route", "unknown route " + routeName + " (AUTO_REPLY, DRAFT_FOR_REVIEW, HUMAN)");
        }
        canon.put("route", route.name());
        String trigger = null;
        String queue = null;
        Priority priority = null;
        if (route == Route.AUTO_REPLY) {
            for (String f : List.of("trigger", "queue", "priority")) {
                if (node.has(f)) {
                    throw new PolicyFormatException(path + "." + f, "not allowed on an AUTO_REPLY rule");
                }
            }
        } else {
            trigger = required(node, "trigger", path);
            if (!CODE.matcher(trigger).matches()) {
                throw new PolicyFormatException(path + ".trigger", "must be an upper-case code like SAFETY_RISK (got " + trigger + ")");
            }
            canon.put("trigger", trigger);
        }
        if (route == Route.HUMAN) {
            queue = required(node, "queue", path);
            if (!QUEUE.matcher(queue).matches()) {
                throw new PolicyFormatException(path + ".queue", "must be a lower-case queue name (got " + queue + ")");
            }
            String p = required(node, "priority", path);
            try {
                priority = Priority.valueOf(p);
            } catch (IllegalArgumentException e) {
                throw new PolicyFormatException(path + ".priority", "unknown priority " + p + " (P1, P2, P3, P4)");
            }
            canon.put("queue", queue);
            canon.put("priority", priority.name());
        } else if (route == Route.DRAFT_FOR_REVIEW && (node.has("queue") || node.has("priority"))) {
            throw new PolicyFormatException(path + (node.has("queue") ? ".queue" : ".priority"), "only allowed on a HUMAN rule");
        }
        return new PolicyRule(id, description, when.condition(), route, trigger, queue, priority);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new PolicyFormatException(prefix + f, "unknown field");
            }
        }
    }

    private static String required(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            throw new PolicyFormatException(path + "." + field, v == null || v.isNull() ? "missing" : "must be a non-empty string");
        }
        return v.asText();
    }

    /** The seed policy shipped in {@code routing/default-policy.json}. */
    public static String defaultJson() {
        try (InputStream in = RoutingPolicy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical JSON of this policy (without the version, which is kept beside it). */
    public String json() {
        return json;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public int ruleCount() {
        return rules.size();
    }

    List<PolicyRule> rules() {
        return rules;
    }

    /**
     * The evaluations with each missing description filled in from this policy's rule (or the built-in
     * guard) of the same id; an id this policy does not know keeps no description.
     */
    public List<RuleEvaluation> describe(List<RuleEvaluation> evaluations) {
        List<RuleEvaluation> described = new ArrayList<>(evaluations.size());
        for (RuleEvaluation e : evaluations) {
            described.add(e.description() != null ? e
                    : new RuleEvaluation(e.ruleId(), descriptionOf(e.ruleId()), e.matched(), e.reason()));
        }
        return described;
    }

    private String descriptionOf(String ruleId) {
        for (PolicyRule rule : rules) {
            if (rule.id().equals(ruleId)) {
                return rule.description();
            }
        }
        return Guardrails.DESCRIPTIONS.get(ruleId);
    }
}
