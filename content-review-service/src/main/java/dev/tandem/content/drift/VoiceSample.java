package dev.tandem.content.drift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The voice score of one check of one draft revision. */
@Entity
@Table(name = "voice_sample")
class VoiceSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public String brandId;

    @Column(name = "brand_version", nullable = false, updatable = false)
    public int brandVersion;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public String draftId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "voice_score", nullable = false, updatable = false)
    public int voiceScore;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
