package dev.tandem.triage.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conversation handed to people: queue, priority, state, SLA clocks and the agent's verdict. */
@Entity
@Table(name = "handoff")
public class Handoff {

    @Id
    public String id;
    @Column(name = "message_id", nullable = false)
    public String messageId;
    @Column(name = "conversation_id", nullable = false)
    public String conversationId;
    @Column(nullable = false)
    public String queue;
    @Column(nullable = false)
    public String priority;
    /** {@link HandoffStatus} name. */
    @Column(nullable = false)
    public String status;
    /** JSON array of {code, detail}. */
    @Column(nullable = false)
    public String triggers;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "first_response_due_at", nullable = false)
    public Instant firstResponseDueAt;
    @Column(name = "resolution_due_at", nullable = false)
    public Instant resolutionDueAt;
    @Column(name = "calendar_id", nullable = false)
    public String calendarId;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    public String outcome;
    @Column(name = "ai_routing_correct")
    public Boolean aiRoutingCorrect;
    /** Set while the agent waits on the customer; the resolution clock is paused meanwhile. */
    @Column(name = "waiting_since")
    public Instant waitingSince;
    /** Working seconds the resolution clock was paused in total. */
    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;
    @Column(name = "first_response_warned", nullable = false)
    public boolean firstResponseWarned;
    @Column(name = "first_response_breached", nullable = false)
    public boolean firstResponseBreached;
    @Column(name = "resolution_warned", nullable = false)
    public boolean resolutionWarned;
    @Column(name = "resolution_breached", nullable = false)
    public boolean resolutionBreached;
    @Column(name = "escalated_to")
    public String escalatedTo;
    /**
     * When the SLA checker looks at this hand-off next: no warning or breach can fall due before it. Null
     * when no clock runs (resolved, or both clocks done). See {@link SlaChecker#nextCheck}.
     */
    @Column(name = "sla_check_at")
    public Instant slaCheckAt;

    public boolean is(HandoffStatus s) {
        return status.equals(s.name());
    }
}
