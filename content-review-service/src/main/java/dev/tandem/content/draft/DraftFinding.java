package dev.tandem.content.draft;

import dev.tandem.content.voice.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One finding of the check of one revision; kept so reviewers can dismiss it and rules get a precision. */
@Entity
@Table(name = "draft_finding")
class DraftFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    public String draftId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(nullable = false, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Severity severity;

    @Column(nullable = false, updatable = false)
    public String message;

    @Column(name = "start_pos", nullable = false, updatable = false)
    public int start;

    @Column(name = "end_pos", nullable = false, updatable = false)
    public int end;

    @Column(name = "match_text", updatable = false)
    public String match;

    @Column(updatable = false)
    public String suggestion;

    @Column(name = "rule_id", updatable = false)
    public String ruleId;
}
