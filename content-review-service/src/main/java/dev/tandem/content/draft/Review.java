package dev.tandem.content.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's decision on one revision; an approval never carries over to a later revision. */
@Entity
@Table(name = "review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public String draftId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(nullable = false, updatable = false)
    public String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReviewDecision decision;

    @Column(updatable = false)
    public String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
