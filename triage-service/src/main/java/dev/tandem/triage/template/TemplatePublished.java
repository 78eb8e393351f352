package dev.tandem.triage.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our own copy of the {@code content.template.published} data we read (unknown fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
record TemplatePublished(String templateId, String intent, String language, String text, String disclosure,
                         String draftId, Integer revision, String brandId, Integer brandVersion) {

    static final String TYPE = "content.template.published";
}
