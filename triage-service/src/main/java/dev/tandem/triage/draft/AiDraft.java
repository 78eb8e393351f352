package dev.tandem.triage.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An AI-written reply waiting for a person to approve, edit and send, or reject it. */
@Entity
@Table(name = "ai_draft")
class AiDraft {

    @Id
    String id;
    @Column(name = "message_id", nullable = false)
    String messageId;
    @Column(name = "conversation_id", nullable = false)
    String conversationId;
    @Column(nullable = false)
    String text;
    @Column(name = "template_id")
    String templateId;
    @Column(nullable = false)
    String language;
    /** {@link DraftStatus} name. */
    @Column(nullable = false)
    String status;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    String reviewer;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
    @Column(name = "reject_reason")
    String rejectReason;
}
