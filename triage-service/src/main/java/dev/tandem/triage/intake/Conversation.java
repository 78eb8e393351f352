package dev.tandem.triage.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A thread of messages with one customer; once a person claims it, they own it. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    public String id;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    /** The person who owns the conversation; while set, the AI never replies in it. */
    @Column(name = "owner_agent_id")
    public String ownerAgentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    public Instant lastMessageAt;
}
