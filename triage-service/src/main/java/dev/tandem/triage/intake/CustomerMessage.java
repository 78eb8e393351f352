package dev.tandem.triage.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One customer message as received, with its classification summary, route and decision record. */
@Entity
@Table(name = "customer_message")
public class CustomerMessage {

    @Id
    public String id;
    @Column(name = "conversation_id", nullable = false)
    public String conversationId;
    @Column(nullable = false)
    public String channel;
    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;
    @Column(name = "data_subject", nullable = false)
    public String dataSubject;
    @Column(name = "customer_tier", nullable = false)
    public String customerTier;
    @Column(name = "tenure_months", nullable = false)
    public int tenureMonths;
    @Column(name = "lifetime_value", nullable = false)
    public double lifetimeValue;
    @Column(name = "deal_stage", nullable = false)
    public String dealStage;
    @Column(name = "ai_opt_out", nullable = false)
    public boolean aiOptOut;
    public String language;
    public String region;

    public String subject;
    @Column(nullable = false)
    public String body;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public String intent;
    @Column(nullable = false)
    public double sentiment;
    @Column(nullable = false)
    public String urgency;
    @Column(nullable = false)
    public double confidence;
    /** The classifier's full output as JSON, or null when classification failed. */
    public String classification;
    @Column(nullable = false)
    public String route;
    /** The hand-off this message went to, for HUMAN routes. */
    @Column(name = "handoff_id")
    public String handoffId;
    /** How and why it was routed. */
    @Embedded
    public RoutingDecisionRecord decision;
}
