package dev.tandem.content.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The versioned word lists and patterns in {@code voice/lexicon.yaml}, loaded once. */
final class Lexicon {

    static final String RESOURCE = "/voice/lexicon.yaml";
    private static final Lexicon STANDARD = load(RESOURCE);

    private final Map<String, Object> root;

    private Lexicon(Map<String, Object> root) {
        this.root = root;
    }

    static Lexicon standard() {
        return STANDARD;
    }

    @SuppressWarnings("unchecked")
    static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            return new Lexicon(new ObjectMapper(new YAMLFactory()).readValue(in, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    int version() {
        return ((Number) root.get("version")).intValue();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        Object value = root.get(name);
        if (!(value instanceof Map)) {
            throw new IllegalStateException("lexicon has no section " + name);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    List<String> rootList(String key) {
        Object value = root.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    static String string(Map<String, Object> section, String key) {
        Object value = section.get(key);
        if (!(value instanceof String s)) {
            throw new IllegalStateException("lexicon key " + key + " is not a string");
        }
        return s;
    }

    /** A list of plain values; YAML 1.1 reads bare yes/no/on/off as booleans, so quote those in the file. */
    @SuppressWarnings("unchecked")
    static <T> List<T> list(Map<String, Object> section, String key) {
        Object value = section.get(key);
        if (value == null) {
            return List.of();
        }
        for (Object item : (List<Object>) value) {
            if (item instanceof Boolean) {
                throw new IllegalStateException("lexicon list " + key + " has a bare yes/no/on/off; quote it");
            }
        }
        return ((List<Object>) value).stream().map(i -> (T) (i instanceof Number ? i.toString() : i)).toList();
    }

    static Pattern regex(String source) {
        return Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Rx rx(String source) {
        return Rx.of(regex(source));
    }

    static Pattern anyOf(List<String> sources) {
        return regex("(?:" + String.join(")|(?:", sources) + ")");
    }
}
