package dev.tandem.triage.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An approved reply template as last published by content-review-service (latest revision wins). */
@Entity
@Table(name = "reply_template")
class ReplyTemplate {

    @Id
    @Column(name = "template_id")
    String templateId;
    @Column(nullable = false)
    String intent;
    @Column(nullable = false)
    String language;
    @Column(nullable = false)
    String text;
    String disclosure;
    @Column(nullable = false)
    int revision;
    @Column(name = "draft_id")
    String draftId;
    @Column(name = "brand_id")
    String brandId;
    @Column(name = "brand_version")
    Integer brandVersion;
    @Column(name = "published_at", nullable = false)
    Instant publishedAt;
    @Column(name = "event_id", nullable = false)
    String eventId;

    TemplateView view() {
        return new TemplateView(templateId, intent, language, text, disclosure, revision, draftId, brandId,
                brandVersion, publishedAt);
    }
}
