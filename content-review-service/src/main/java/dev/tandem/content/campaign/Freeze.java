package dev.tandem.content.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A window during which nothing in one campaign may be published. */
@Entity
@Table(name = "campaign_freeze")
class Freeze {

    @Id
    public String id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public String campaignId;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "starts_at", nullable = false, updatable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    public Instant endsAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    boolean activeAt(Instant now) {
        return liftedAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** Not lifted and not over yet (it may still be to come). */
    boolean pendingOrActiveAt(Instant now) {
        return liftedAt == null && now.isBefore(endsAt);
    }
}
