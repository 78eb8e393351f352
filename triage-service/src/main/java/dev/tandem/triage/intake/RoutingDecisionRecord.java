package dev.tandem.triage.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one explainable record of how a message was routed: the versions of every input, every rule
 * evaluated with its result and reason, the route and the explanation.
 */
@Entity
@Table(name = "routing_decision")
public class RoutingDecisionRecord {

    @Id
    @Column(name = "message_id")
    public String messageId;
    @Column(nullable = false)
    public String classifier;
    @Column(name = "lexicon_version", nullable = false)
    public String lexiconVersion;
    @Column(name = "policy_version", nullable = false)
    public int policyVersion;
    @Column(name = "classifier_failure")
    public String classifierFailure;
    @Column(name = "owner_agent_id")
    public String ownerAgentId;
    @Column(nullable = false)
    public String route;
    @Column(name = "deciding_rule")
    public String decidingRule;
    public String queue;
    public String priority;
    /** JSON array of {code, detail}. */
    @Column(nullable = false)
    public String triggers;
    /** JSON array of {ruleId, description, matched, reason}. */
    @Column(nullable = false)
    public String evaluations;
    @Column(nullable = false)
    public String explanation;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
