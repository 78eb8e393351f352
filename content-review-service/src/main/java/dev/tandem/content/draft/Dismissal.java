package dev.tandem.content.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's judgement that a finding was a false alarm. */
@Entity
@Table(name = "finding_dismissal")
class Dismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "finding_id", nullable = false, updatable = false)
    public Long findingId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public String draftId;

    @Column(nullable = false, updatable = false)
    public String reviewer;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
