package dev.tandem.content.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's signature on an emergency override of a campaign freeze, for one revision. */
@Entity
@Table(name = "publish_override")
class PublishOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public String draftId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "given_by", nullable = false, updatable = false)
    public String givenBy;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
