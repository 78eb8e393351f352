package dev.tandem.triage.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the versioned lexicon: {@code classify/lexicon.yaml} (version, languages, emoji) and one
 * {@code classify/lexicon/<lang>.yaml} per language. Any structural error is an {@link IllegalStateException}
 * naming the file and field, so a broken data release fails at start-up, not per message.
 */
final class LexiconLoader {

    /** A hit must not continue a word on either side, so "melt" does not hit "meltdown" or "smelt". */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])(?:";
    private static final String AFTER = ")(?![\\p{L}\\p{N}])";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ClassLoader loader;
    private final String root;
    private Map<String, String> macros = Map.of();
    /** The patterns of the language being loaded, numbered for its {@link Dispatch}. */
    private List<LexRule.Alternative> alternatives = new ArrayList<>();

    LexiconLoader(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root;
    }

    Lexicon load() {
        JsonNode manifest = read(root + "/lexicon.yaml");
        String version = text(manifest, "version", "lexicon.yaml");
        String defaultLanguage = text(manifest, "defaultLanguage", "lexicon.yaml");
        macros = new LinkedHashMap<>();
        manifest.path("macros").fields().forEachRemaining(e -> macros.put("{" + e.getKey() + "}", e.getValue().asText()));
        Map<String, LanguageRules> languages = new LinkedHashMap<>();
        for (JsonNode lang : required(manifest, "languages", "lexicon.yaml")) {
            String code = lang.asText();
            languages.put(code, language(code, read(root + "/lexicon/" + code + ".yaml")));
        }
        if (!languages.containsKey(defaultLanguage)) {
            throw new IllegalStateException("lexicon.yaml: defaultLanguage " + defaultLanguage + " is not listed");
        }
        Map<String, Double> emoji = new LinkedHashMap<>();
        manifest.path("emoji").fields().forEachRemaining(e -> emoji.put(e.getKey(), e.getValue().asDouble()));
        List<String> allow = new ArrayList<>();
        manifest.path("shoutingAllowList").forEach(n -> allow.add(n.asText()));
        List<List<Intent>> compatible = new ArrayList<>();
        int i = 0;
        for (JsonNode pair : manifest.path("compatibleIntents")) {
            List<Intent> intents = new ArrayList<>();
            for (JsonNode name : pair) {
                try {
                    intents.add(Intent.valueOf(name.asText()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("lexicon.yaml: compatibleIntents[" + i + "]: unknown intent " + name.asText());
                }
            }
            compatible.add(List.copyOf(intents));
            i++;
        }
        return new Lexicon(version, defaultLanguage, java.util.Collections.unmodifiableMap(languages), Map.copyOf(emoji), List.copyOf(allow),
                List.copyOf(compatible));
    }

    private LanguageRules language(String code, JsonNode doc) {
        String file = "lexicon/" + code + ".yaml";
        if (!code.equals(doc.path("language").asText())) {
            throw new IllegalStateException(file + ": language must be " + code);
        }
        JsonNode neg = required(doc, "negation", file);
        Set<String> cues = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (JsonNode c : required(neg, "cues", file + ": negation")) {
            String cue = c.asText();
            if (cue.endsWith("*")) {
                prefixes.add(cue.substring(0, cue.length() - 1));
            } else {
                cues.add(cue);
            }
        }
        Negation negation = new Negation(Set.copyOf(cues), Set.copyOf(prefixes),
                words(neg.path("clauseBreaks")), neg.path("window").asInt(4));
        alternatives = new ArrayList<>();
        List<LexRule> masks = rules(doc, "masks", file, null);
        List<LexRule> signals = rules(doc, "signals", file, SignalType.class);
        List<LexRule> intents = rules(doc, "intents", file, Intent.class);
        List<LexRule> sentiment = rules(doc, "sentiment", file, null);
        List<LexRule> urgency = rules(doc, "urgency", file, Urgency.class);
        List<LexRule> multiAsk = rules(doc, "multiAsk", file, null);
        List<LexRule> asks = rules(doc, "asks", file, null);
        return new LanguageRules(code, words(required(doc, "stopwords", file)), negation, masks, signals, intents,
                sentiment, urgency, multiAsk, asks, new Dispatch(alternatives));
    }

    private <E extends Enum<E>> List<LexRule> rules(JsonNode doc, String section, String file, Class<E> targetType) {
        List<LexRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode r : doc.path(section)) {
            String where = file + ": " + section + "[" + i++ + "]";
            String id = text(r, "id", where);
            if (!ids.add(id)) {
                throw new IllegalStateException(where + ".id: duplicate id " + id);
            }
            Enum<?> target = null;
            if (targetType != null) {
                String name = text(r, "target", where);
                try {
                    target = Enum.valueOf(targetType, name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ".target: unknown " + targetType.getSimpleName() + " " + name);
                }
            }
            JsonNode patterns = required(r, "patterns", where);
            if (!patterns.isArray() || patterns.isEmpty()) {
                throw new IllegalStateException(where + ".patterns: must be a non-empty list");
            }
            List<LexRule.Alternative> alternatives = new ArrayList<>();
            int k = 0;
            for (JsonNode p : patterns) {
                String regex = expand(TextNormalizer.foldNonAscii(p.asText()));
                try {
                    alternatives.add(alternative(regex));
                } catch (PatternSyntaxException | IllegalStateException | StringIndexOutOfBoundsException e) {
                    throw new IllegalStateException(where + ".patterns[" + k + "]: " + e.getMessage());
                }
                k++;
            }
            double weight = r.path("weight").asDouble(1.0);
            // Negation cancels signals and sentiment by default, but not intents: "can't log in" still asks about
            // logging in; rules like "not a complaint" opt in with negatable: true.
            boolean negatable = r.path("negatable").asBoolean(targetType != Intent.class);
            out.add(new LexRule(id, target, List.copyOf(alternatives), weight, negatable));
        }
        return List.copyOf(out);
    }

    /** Replaces {@code {NAME}} macros from the manifest (e.g. {@code {G2}}: up to two words in between). */
    private String expand(String pattern) {
        String out = pattern;
        for (Map.Entry<String, String> m : macros.entrySet()) {
            out = out.replace(m.getKey(), m.getValue());
        }
        return out;
    }

    LexRule.Alternative alternative(String regex) {
        Pattern compiled = Pattern.compile(BEFORE + nonCapturing(regex) + AFTER);
        // tried only at word starts of the text (see TextIndex), where LexRule checks BEFORE itself
        Pattern atWordStart = Pattern.compile("(?:" + nonCapturing(regex) + AFTER);
        Set<String> prefixes = RegexPrefixes.of(regex);
        int id = alternatives.size();
        LexRule.Alternative alt;
        if (prefixes == null) {
            alt = new LexRule.Alternative(id, compiled, null, null, null, null);
            alternatives.add(alt);
            return alt;
        }
        long[] pairs = new long[(TextIndex.MASK + 1) / 64];
        long[] singles = null;
        for (String x : prefixes) {
            if (x.length() == 2) {
                int h = TextIndex.pairHash(x.charAt(0), x.charAt(1));
                pairs[h >>> 6] |= 1L << h;
            } else {
                singles = singles == null ? new long[pairs.length] : singles;
                int h = TextIndex.singleHash(x.charAt(0));
                singles[h >>> 6] |= 1L << h;
            }
        }
        alt = new LexRule.Alternative(id, compiled, atWordStart, literal(regex), pairs, singles);
        alternatives.add(alt);
        return alt;
    }

    /** The text a pattern matches when it has no regular-expression syntax (matched as is), else null. */
    static String literal(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            if ("\\[](){}.*+?^$|".indexOf(regex.charAt(i)) >= 0) {
                return null;
            }
        }
        return regex.isEmpty() ? null : regex;
    }

    /** Turns every capturing group into a non-capturing one: nothing reads groups, and matching gets cheaper. */
    static String nonCapturing(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(regex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '(' && !inClass && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }

    private JsonNode read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + path);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("lexicon resource unreadable: " + path + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> words(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(TextNormalizer.normalize(n.asText())));
        return Set.copyOf(out);
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException(where + "." + field + ": missing");
        }
        return v;
    }

    private static String text(JsonNode node, String field, String where) {
        String v = required(node, field, where).asText();
        if (v.isBlank()) {
            throw new IllegalStateException(where + "." + field + ": blank");
        }
        return v;
    }
}
