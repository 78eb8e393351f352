package dev.tandem.content.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A piece of copy under editorial review; its text lives in {@link DraftRevision}s. */
@Entity
@Table(name = "draft")
class Draft {

    @Id
    public String id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public String brandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DraftKind kind;

    @Column(name = "campaign_id", updatable = false)
    public String campaignId;

    public String intent;

    public String language;

    public String model;

    @Column(nullable = false, updatable = false)
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DraftStatus status;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    /** Stable per draft, so publishing a later revision replaces the same template. */
    @Column(name = "template_id")
    public String templateId;

    @Column(name = "published_revision")
    public Integer publishedRevision;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
