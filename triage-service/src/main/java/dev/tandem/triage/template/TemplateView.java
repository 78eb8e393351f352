package dev.tandem.triage.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An approved reply template; also the element of {@code GET /api/templates}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateView(String templateId, String intent, String language, String text, String disclosure,
                           int revision, String draftId, String brandId, Integer brandVersion,
                           Instant publishedAt) {
}
