package dev.tandem.content.voice;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one Vale rule file (kinds {@code existence}, {@code substitution}, {@code occurrence}) into a
 * {@link CustomRule}. Vale has no finding codes, so a rule reports {@code code:} if the file sets it (a Tandem
 * extension), otherwise existence → BANNED_PHRASE, substitution → TERMINOLOGY, occurrence → HYPE_TONE for
 * exclamation marks and READABILITY for anything else.
 */
public final class ValeImport {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KINDS = Set.of("existence", "substitution", "occurrence");
    private static final Set<String> KNOWN_KINDS = Set.of("existence", "substitution", "occurrence", "repetition",
            "consistency", "conditional", "capitalization", "metric", "spelling", "sequence", "script", "readability");
    private static final Set<String> KEYS = Set.of("extends", "message", "level", "ignorecase", "tokens", "raw", "swap",
            "token", "max", "min", "scope", "nonword", "exceptions", "link", "description", "action", "vocab", "append",
            "code", "pos", "limit");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{2,40}");

    private ValeImport() {
    }

    public static CustomRule parse(String fileName, String yaml) {
        String file = fileName == null || fileName.isBlank() ? "rule.yml" : fileName.trim();
        Map<String, Object> doc = read(file, yaml);
        Object ext = doc.get("extends");
        if (!(ext instanceof String kindText) || kindText.isBlank()) {
            throw error(file, "'extends' is missing; it must be one of existence, substitution, occurrence");
        }
        String kind = kindText.trim().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw error(file, (KNOWN_KINDS.contains(kind) ? "Vale rule kind '" : "unknown Vale rule kind '") + kindText
                    + "' is not supported; supported kinds are existence, substitution, occurrence");
        }
        for (String key : doc.keySet()) {
            if (!KEYS.contains(key)) {
                throw error(file, "unknown key '" + key + "'");
            }
        }
        boolean ignoreCase = bool(file, doc, "ignorecase");
        boolean nonword = bool(file, doc, "nonword");
        List<String> tokens = new ArrayList<>();
        Map<String, String> swap = new LinkedHashMap<>();
        int max = -1;
        int min = 0;
        switch (kind) {
            case "existence" -> {
                tokens.addAll(strings(file, doc, "tokens"));
                List<String> raw = strings(file, doc, "raw");
                if (!raw.isEmpty()) {
                    tokens.add(String.join("", raw));
                }
                if (tokens.isEmpty()) {
                    throw error(file, "an existence rule needs a non-empty 'tokens' (or 'raw') list");
                }
            }
            case "substitution" -> {
                Object value = doc.get("swap");
                if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
                    throw error(file, "a substitution rule needs a non-empty 'swap' map of pattern: replacement");
                }
                map.forEach((k, v) -> {
                    if (k == null || v == null || k.toString().isBlank()) {
                        throw error(file, "'swap' entries need both a pattern and a replacement");
                    }
                    swap.put(k.toString(), v.toString());
                });
            }
            default -> {
                Object token = doc.get("token");
                if (token instanceof String t && !t.isBlank()) {
                    tokens.add(t);
                } else {
                    tokens.addAll(strings(file, doc, "tokens"));
                }
                if (tokens.isEmpty()) {
                    throw error(file, "an occurrence rule needs a 'token'");
                }
                max = integer(file, doc, "max", -1);
                min = integer(file, doc, "min", 0);
                if (max < 0 && min <= 0) {
                    throw error(file, "an occurrence rule needs 'max' (or 'min') as a non-negative whole number");
                }
            }
        }
        for (String pattern : tokens) {
            compile(file, pattern, "token");
        }
        swap.keySet().forEach(pattern -> compile(file, pattern, "swap pattern"));
        String scope = string(file, doc, "scope", "text");
        String code = code(file, doc, kind, tokens);
        return new CustomRule(id(file), kind, code, level(file, doc), string(file, doc, "message", null), tokens, swap,
                max, ignoreCase, nonword, scope, min, strings(file, doc, "exceptions"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file, String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw error(file, "the file is empty");
        }
        try {
            Object doc = YAML.readValue(yaml, Object.class);
            if (!(doc instanceof Map)) {
                throw error(file, "expected a YAML mapping with 'extends', 'message', 'level', ...");
            }
            return (Map<String, Object>) doc;
        } catch (JacksonException e) {
            String detail = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage().split("\n")[0];
            throw new ValeFormatException(file + ": not valid YAML (" + detail + ")", e);
        }
    }

    static String id(String file) {
        String name = file.replace('\\', '/');
        String[] parts = name.split("/");
        String base = parts[parts.length - 1].replaceFirst("\\.(?i:ya?ml)$", "");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + base : base;
    }

    private static String code(String file, Map<String, Object> doc, String kind, List<String> tokens) {
        String declared = string(file, doc, "code", null);
        if (declared != null) {
            if (!CODE.matcher(declared.trim()).matches()) {
                throw error(file, "'code' must be an upper-case finding code such as BANNED_PHRASE, got '" + declared + "'");
            }
            return declared.trim();
        }
        return switch (kind) {
            case "existence" -> "BANNED_PHRASE";
            case "substitution" -> "TERMINOLOGY";
            default -> tokens.stream().anyMatch(t -> t.contains("!")) ? "HYPE_TONE" : "READABILITY";
        };
    }

    private static Severity level(String file, Map<String, Object> doc) {
        String level = string(file, doc, "level", "suggestion").trim().toLowerCase(Locale.ROOT);
        return switch (level) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "suggestion" -> Severity.SUGGESTION;
            default -> throw error(file, "'level' must be suggestion, warning or error, got '" + level + "'");
        };
    }

    private static void compile(String file, String pattern, String what) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw error(file, what + " '" + pattern + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    private static List<String> strings(String file, Map<String, Object> doc, String key) {
        Object value = doc.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (!(value instanceof List<?> list)) {
            throw error(file, "'" + key + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw error(file, "'" + key + "' must be a list of strings");
            }
            if (!item.toString().isBlank()) {
                out.add(item.toString());
            }
        }
        return out;
    }

    private static String string(String file, Map<String, Object> doc, String key, String fallback) {
        Object value = doc.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            throw error(file, "'" + key + "' must be a single value");
        }
        return value.toString();
    }

    private static boolean bool(String file, Map<String, Object> doc, String key) {
        Object value = doc.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw error(file, "'" + key + "' must be true or false");
    }

    private static int integer(String file, Map<String, Object> doc, String key, int fallback) {
        Object value = doc.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i && i >= 0) {
            return i;
        }
        throw error(file, "'" + key + "' must be a non-negative whole number, got '" + value + "'");
    }

    private static ValeFormatException error(String file, String problem) {
        return new ValeFormatException(file + ": " + problem);
    }
}
