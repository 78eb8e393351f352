package dev.tandem.triage.template;

import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.routing.TemplateCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The approved templates at one moment, immutable, so the policy's "is there a template?" and the
 * reply that follows see the same set. For each intent and language the newest published one is used.
 */
public final class TemplateSnapshot implements TemplateCatalog {

    static final TemplateSnapshot EMPTY = new TemplateSnapshot(List.of());

    private final List<TemplateView> all;
    private final Map<String, TemplateView> byIntentAndLanguage;

    TemplateSnapshot(List<TemplateView> templates) {
        this.all = List.copyOf(templates);
        this.byIntentAndLanguage = templates.stream().collect(Collectors.toUnmodifiableMap(
                t -> key(t.intent(), t.language()), Function.identity(),
                (a, b) -> a.publishedAt().isAfter(b.publishedAt()) ? a : b));
    }

    public static TemplateSnapshot of(List<TemplateView> templates) {
        return new TemplateSnapshot(templates);
    }

    @Override
    public boolean hasApprovedTemplate(Intent intent, String language) {
        return find(intent, language).isPresent();
    }

    public Optional<TemplateView> find(Intent intent, String language) {
        if (intent == null || language == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byIntentAndLanguage.get(key(intent.name(), language)));
    }

    public List<TemplateView> all() {
        return all;
    }

    private static String key(String intent, String language) {
        return intent + "|" + language.toLowerCase(Locale.ROOT);
    }
}
