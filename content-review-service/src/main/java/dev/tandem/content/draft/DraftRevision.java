package dev.tandem.content.draft;

import dev.tandem.content.voice.Channel;
import dev.tandem.content.voice.Origin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable revision of a draft with the results of its check. */
@Entity
@Table(name = "draft_revision")
class DraftRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public String draftId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "brand_version", nullable = false, updatable = false)
    public int brandVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Origin origin;

    @Column(updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String body;

    /** Merge fields as a JSON array. */
    @Column(name = "personalization_fields", nullable = false, updatable = false)
    public String personalizationFields;

    @Column(name = "voice_score", nullable = false, updatable = false)
    public int voiceScore;

    @Column(name = "grade_level", nullable = false, updatable = false)
    public double gradeLevel;

    /** An ERROR finding or a sensitive topic: publishing needs more approvals. */
    @Column(nullable = false, updatable = false)
    public boolean risky;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
