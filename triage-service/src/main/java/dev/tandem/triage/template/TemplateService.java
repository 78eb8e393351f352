package dev.tandem.triage.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.events.CloudEvent;
import dev.tandem.platform.events.MalformedEventException;
import dev.tandem.platform.inbox.InboxRepository;
import dev.tandem.triage.classify.Intent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps the latest published revision of every reply template. */
@ApplicationScoped
class TemplateService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Set<String> INTENTS = Set.of(java.util.Arrays.stream(Intent.values())
            .map(Enum::name).toArray(String[]::new));

    private final TemplateRepository repository;
    private final InboxRepository inbox;
    private final ObjectMapper mapper;

    TemplateService(TemplateRepository repository, InboxRepository inbox, ObjectMapper mapper) {
        this.repository = repository;
        this.inbox = inbox;
        this.mapper = mapper;
    }

    /**
     * Applies one {@code content.template.published} event; returns true when the catalogue changed.
     * Throws {@link MalformedEventException} for an event that can never be applied.
     */
    @Transactional
    boolean apply(CloudEvent event) {
        if (!TemplatePublished.TYPE.equals(event.type())) {
            throw new MalformedEventException("unexpected event type " + event.type());
        }
        TemplatePublished data = read(event);
        if (!inbox.firstDelivery(event.source(), event.id())) {
            return false;
        }
        int revision = data.revision() == null ? 1 : data.revision();
        ReplyTemplate template = repository.findById(data.templateId());
        if (template != null && template.revision > revision) {
            return false;
        }
        boolean isNew = template == null;
        if (isNew) {
            template = new ReplyTemplate();
            template.templateId = data.templateId();
        }
        template.intent = data.intent();
        template.language = data.language().toLowerCase(Locale.ROOT);
        template.text = data.text();
        template.disclosure = blankToNull(data.disclosure());
        template.revision = revision;
        template.draftId = data.draftId();
        template.brandId = data.brandId();
        template.brandVersion = data.brandVersion();
        template.publishedAt = event.time();
        template.eventId = event.id();
        if (isNew) {
            repository.persist(template);
        }
        return true;
    }

    @Transactional
    List<TemplateView> list() {
        return repository.allOrdered().stream().map(ReplyTemplate::view).toList();
    }

    private TemplatePublished read(CloudEvent event) {
        TemplatePublished data;
        try {
            data = event.data() == null || !event.data().isObject() ? null
                    : mapper.treeToValue(event.data(), TemplatePublished.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("template data cannot be read");
        }
        if (data == null || blank(data.templateId()) || blank(data.text()) || blank(data.language())
                || !INTENTS.contains(data.intent())
                || !LANGUAGE.matcher(data.language().toLowerCase(Locale.ROOT)).matches()
                || data.templateId().length() > 200 || (data.revision() != null && data.revision() < 1)) {
            throw new MalformedEventException("template event lacks templateId, intent, language or text");
        }
        return data;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }
}
