package dev.tandem.triage.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.events.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code content.template.published}. A message that can never be applied fails here and is
 * rejected to the channel's dead-letter queue; a duplicate (same source and id) changes nothing.
 */
@ApplicationScoped
class TemplateConsumer {

    static final String CHANNEL = "templates";

    private final TemplateService service;
    private final ApprovedTemplates catalogue;
    private final ObjectMapper mapper;

    TemplateConsumer(TemplateService service, ApprovedTemplates catalogue, ObjectMapper mapper) {
        this.service = service;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    void consume(Object payload) {
        if (service.apply(IncomingEvents.parse(payload, mapper))) {
            catalogue.reload();
        }
    }
}
