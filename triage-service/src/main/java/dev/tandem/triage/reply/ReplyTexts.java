package dev.tandem.triage.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fixed, approved texts the service may add on its own: the AI disclosure line and the
 * acknowledgement used as a draft when no template exists, per language (English when missing).
 * They live in the versioned resource {@code replies/texts.json}.
 */
@ApplicationScoped
public class ReplyTexts {

    static final String RESOURCE = "replies/texts.json";
    private static final String FALLBACK = "en";

    private final JsonNode texts;

    ReplyTexts(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            this.texts = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return texts.path("version").asText();
    }

    public String disclosure(String language) {
        return pick("disclosure", language);
    }

    public String acknowledgement(String language) {
        return pick("acknowledgement", language);
    }

    /** The language whose texts exist for {@code language}: itself, or English. */
    public String supported(String language) {
        return language != null && texts.path("disclosure").has(language) ? language : FALLBACK;
    }

    /** The text with the disclosure line appended unless it already carries one. */
    public String withDisclosure(String text, String disclosure) {
        if (disclosure == null || text.contains(disclosure)) {
            return text;
        }
        return text.stripTrailing() + "\n\n" + disclosure;
    }

    private String pick(String group, String language) {
        return texts.path(group).path(supported(language)).asText();
    }
}
