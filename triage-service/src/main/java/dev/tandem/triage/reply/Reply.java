package dev.tandem.triage.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply sent to the customer, automatically from a template or by an agent. */
@Entity
@Table(name = "reply")
public class Reply {

    @Id
    public String id;
    @Column(name = "message_id", nullable = false)
    public String messageId;
    @Column(name = "conversation_id", nullable = false)
    public String conversationId;
    @Column(nullable = false)
    public String text;
    @Column(name = "template_id")
    public String templateId;
    public String language;
    @Column(name = "ai_generated", nullable = false)
    public boolean aiGenerated;
    @Column(name = "ai_disclosed", nullable = false)
    public boolean aiDisclosed;
    /** AUTO or AGENT. */
    @Column(name = "sent_by", nullable = false)
    public String sentBy;
    public String author;
    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
