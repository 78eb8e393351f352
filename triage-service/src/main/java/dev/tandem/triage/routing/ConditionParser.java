package dev.tandem.triage.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.classify.Signal;
import dev.tandem.triage.classify.SignalType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns a rule's {@code when} object into a {@link Condition} and its canonical JSON. Fields (all optional,
 * all must hold): signal, noSignal, signalConfidenceAtLeast, intent, notIntent, notOtherIntent (none of these among
 * the message's further asks), tier, dealStage,
 * notDealStage, tenureMonthsAtLeast, sentimentAtMost, sentimentAtLeast, confidenceAtLeast, confidenceBelow,
 * aiOptOut, singleAsk, templateAvailable, anyOf (list of conditions), not (a condition).
 */
final class ConditionParser {

    static final List<String> FIELDS = List.of("signal", "noSignal", "signalConfidenceAtLeast", "intent",
            "notIntent", "notOtherIntent", "tier", "dealStage", "notDealStage", "tenureMonthsAtLeast", "sentimentAtMost",
            "sentimentAtLeast", "confidenceAtLeast", "confidenceBelow", "aiOptOut", "singleAsk",
            "templateAvailable", "anyOf", "not");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A parsed condition with its canonical form. */
    record Parsed(Condition condition, ObjectNode canonical) {
    }

    private ConditionParser() {
    }

    static Parsed parse(JsonNode when, String path) {
        if (when == null || !when.isObject()) {
            throw new PolicyFormatException(path, "must be an object");
        }
        for (Iterator<String> it = when.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new PolicyFormatException(path + "." + f, "unknown field (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        ObjectNode canon = JSON.objectNode();
        List<Condition.Clause> clauses = new ArrayList<>();
        double minSignalConfidence = number(when, "signalConfidenceAtLeast", path, 0, 1, canon, 0.0);
        Set<SignalType> signals = enums(when, "signal", path, SignalType.class, canon);
        if (signals != null) {
            clauses.add(f -> signalCheck(f, signals, minSignalConfidence));
        }
        Set<SignalType> noSignals = enums(when, "noSignal", path, SignalType.class, canon);
        if (noSignals != null) {
            clauses.add(f -> {
                Check c = signalCheck(f, noSignals, 0);
                return f.classified() && !c.ok() ? Check.pass("no " + names(noSignals) + " signal")
                        : Check.fail(f.classified() ? c.why() : "no classification", "RISK_SIGNAL");
            });
        }
        Set<Intent> intents = enums(when, "intent", path, Intent.class, canon);
        if (intents != null) {
            clauses.add(f -> classified(f, c -> intents.contains(c.intent())
                    ? Check.pass("intent " + c.intent()) : Check.fail("intent " + c.intent() + " not listed", "NOT_ROUTINE_INTENT")));
        }
        Set<Intent> notIntents = enums(when, "notIntent", path, Intent.class, canon);
        if (notIntents != null) {
            clauses.add(f -> classified(f, c -> !notIntents.contains(c.intent())
                    ? Check.pass("intent " + c.intent()) : Check.fail("intent " + c.intent(), "EXCLUDED_INTENT")));
        }
        Set<Intent> notOther = enums(when, "notOtherIntent", path, Intent.class, canon);
        if (notOther != null) {
            clauses.add(f -> classified(f, c -> {
                for (Intent i : c.otherIntents()) {
                    if (notOther.contains(i)) {
                        return Check.fail("also asks about " + i, "MIXED_INTENT");
                    }
                }
                return Check.pass("no further " + names(notOther) + " ask");
            }));
        }
        Set<Tier> tiers = enums(when, "tier", path, Tier.class, canon);
        if (tiers != null) {
            clauses.add(f -> tiers.contains(f.customer().tier())
                    ? Check.pass("tier " + f.customer().tier()) : Check.fail("tier " + f.customer().tier(), null));
        }
        Set<DealStage> stages = enums(when, "dealStage", path, DealStage.class, canon);
        if (stages != null) {
            clauses.add(f -> stages.contains(f.customer().dealStage())
                    ? Check.pass("deal stage " + f.customer().dealStage()) : Check.fail("deal stage " + f.customer().dealStage(), null));
        }
        Set<DealStage> notStages = enums(when, "notDealStage", path, DealStage.class, canon);
        if (notStages != null) {
            clauses.add(f -> !notStages.contains(f.customer().dealStage())
                    ? Check.pass("deal stage " + f.customer().dealStage())
                    : Check.fail("deal stage " + f.customer().dealStage(), "DEAL_IN_NEGOTIATION"));
        }
        double tenure = number(when, "tenureMonthsAtLeast", path, 0, 1200, canon, Double.NaN);
        if (!Double.isNaN(tenure)) {
            clauses.add(f -> f.customer().tenureMonths() >= tenure
                    ? Check.pass("tenure " + f.customer().tenureMonths() + " months")
                    : Check.fail("tenure " + f.customer().tenureMonths() + " months < " + (int) tenure, null));
        }
        double sentMax = number(when, "sentimentAtMost", path, -1, 1, canon, Double.NaN);
        if (!Double.isNaN(sentMax)) {
            clauses.add(f -> classified(f, c -> c.sentiment() <= sentMax
                    ? Check.pass("sentiment " + c.sentiment()) : Check.fail("sentiment " + c.sentiment() + " > " + sentMax, null)));
        }
        double sentMin = number(when, "sentimentAtLeast", path, -1, 1, canon, Double.NaN);
        if (!Double.isNaN(sentMin)) {
            clauses.add(f -> classified(f, c -> c.sentiment() >= sentMin
                    ? Check.pass("sentiment " + c.sentiment()) : Check.fail("negative tone (sentiment " + c.sentiment() + ")", "NEGATIVE_TONE")));
        }
        double confMin = number(when, "confidenceAtLeast", path, 0, 1, canon, Double.NaN);
        if (!Double.isNaN(confMin)) {
            clauses.add(f -> classified(f, c -> c.confidence() >= confMin
                    ? Check.pass("confidence " + c.confidence())
                    : Check.fail("confidence " + c.confidence() + " below " + confMin, "LOW_CONFIDENCE")));
        }
        double confBelow = number(when, "confidenceBelow", path, 0, 1, canon, Double.NaN);
        if (!Double.isNaN(confBelow)) {
            clauses.add(f -> classified(f, c -> c.confidence() < confBelow
                    ? Check.pass("confidence " + c.confidence() + " below " + confBelow) : Check.fail("confidence " + c.confidence(), null)));
        }
        Boolean optOut = bool(when, "aiOptOut", path, canon);
        if (optOut != null) {
            clauses.add(f -> f.customer().aiOptOut() == optOut
                    ? Check.pass(optOut ? "customer opted out of AI" : "customer accepts AI")
                    : Check.fail(optOut ? "customer accepts AI" : "customer opted out of AI", "AI_OPT_OUT"));
        }
        Boolean single = bool(when, "singleAsk", path, canon);
        if (single != null) {
            clauses.add(f -> classified(f, c -> c.has(SignalType.MULTIPLE_ASKS) != single
                    ? Check.pass(single ? "a single ask" : "several asks")
                    : Check.fail(single ? "several asks (" + evidence(c, SignalType.MULTIPLE_ASKS) + ")" : "a single ask",
                    "MULTIPLE_ASKS")));
        }
        Boolean template = bool(when, "templateAvailable", path, canon);
        if (template != null) {
            clauses.add(f -> classified(f, c -> {
                boolean has = f.context().templates() != null && f.context().templates().hasApprovedTemplate(c.intent(), c.language());
                return has == template
                        ? Check.pass((has ? "approved template for " : "no approved template for ") + c.intent() + "/" + c.language())
                        : Check.fail((has ? "approved template for " : "no approved template for ") + c.intent() + "/" + c.language(),
                        "NO_APPROVED_TEMPLATE");
            }));
        }
        JsonNode any = when.get("anyOf");
        if (any != null) {
            if (!any.isArray() || any.isEmpty()) {
                throw new PolicyFormatException(path + ".anyOf", "must be a non-empty list of conditions");
            }
            List<Condition> alts = new ArrayList<>();
            ArrayNode canonAlts = canon.putArray("anyOf");
            for (int i = 0; i < any.size(); i++) {
                Parsed p = parse(any.get(i), path + ".anyOf[" + i + "]");
                alts.add(p.condition());
                canonAlts.add(p.canonical());
            }
            clauses.add(Condition.anyOf(alts));
        }
        JsonNode not = when.get("not");
        if (not != null) {
            Parsed p = parse(not, path + ".not");
            canon.set("not", p.canonical());
            clauses.add(Condition.not(p.condition()));
        }
        return new Parsed(new Condition(clauses), canon);
    }

    private static Check classified(Facts f, java.util.function.Function<Classification, Check> check) {
        return f.classified() ? check.apply(f.classification()) : Check.fail("no classification", "CLASSIFIER_FAILURE");
    }

    private static Check signalCheck(Facts f, Set<SignalType> types, double minConfidence) {
        if (!f.classified()) {
            return Check.fail("no classification", "CLASSIFIER_FAILURE");
        }
        for (Signal s : f.classification().signals()) {
            if (types.contains(s.type()) && s.confidence() >= minConfidence) {
                return Check.pass(s.type() + " \"" + s.evidence() + "\"");
            }
        }
        return Check.fail("no " + names(types) + " signal", null);
    }

    private static String evidence(Classification c, SignalType type) {
        return c.signals().stream().filter(s -> s.type() == type).map(Signal::evidence).findFirst().orElse("");
    }

    private static String names(Set<? extends Enum<?>> set) {
        StringBuilder sb = new StringBuilder();
        set.forEach(e -> sb.append(sb.isEmpty() ? "" : "/").append(e.name()));
        return sb.toString();
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode when, String field, String path, Class<E> type, ObjectNode canon) {
        JsonNode v = when.get(field);
        if (v == null) {
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        if (v.isTextual()) {
            items.add(v);
        } else if (v.isArray() && !v.isEmpty()) {
            v.forEach(items::add);
        } else {
            throw new PolicyFormatException(path + "." + field, "must be a name or a non-empty list of names");
        }
        Set<E> out = EnumSet.noneOf(type);
        for (JsonNode item : items) {
            try {
                out.add(Enum.valueOf(type, item.asText()));
            } catch (IllegalArgumentException e) {
                throw new PolicyFormatException(path + "." + field,
                        "unknown " + label(type) + " " + (item.isTextual() ? item.asText() : item.toString()));
            }
        }
        ArrayNode arr = canon.putArray(field);
        out.forEach(e -> arr.add(e.name()));
        return out;
    }

    private static String label(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "SignalType" -> "signal";
            case "DealStage" -> "deal stage";
            default -> type.getSimpleName().toLowerCase();
        };
    }

    private static double number(JsonNode when, String field, String path, double min, double max, ObjectNode canon,
                                 double absent) {
        JsonNode v = when.get(field);
        if (v == null) {
            return absent;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw new PolicyFormatException(path + "." + field, "must be a number from " + min + " to " + max);
        }
        canon.put(field, v.decimalValue());
        return v.asDouble();
    }

    private static Boolean bool(JsonNode when, String field, String path, ObjectNode canon) {
        JsonNode v = when.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new PolicyFormatException(path + "." + field, "must be true or false");
        }
        canon.put(field, v.booleanValue());
        return v.booleanValue();
    }
}
