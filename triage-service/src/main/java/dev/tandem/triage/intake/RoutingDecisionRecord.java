package dev.tandem.triage.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The one explainable record of how a message was routed: the versions of every input, every rule
 * evaluated with its result and reason, and the explanation. It is stored in the message's own row (the
 * route is the message's {@code route}), so a message and its decision are one insert.
 */
@Embeddable
public class RoutingDecisionRecord {

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
    @Column(name = "deciding_rule")
    public String decidingRule;
    public String queue;
    public String priority;
    /** JSON array of {code, detail}. */
    @Column(nullable = false)
    public String triggers;
    /** JSON array of {ruleId, matched, reason}; the descriptions are the policy version's (older rows carry them). */
    @Column(nullable = false)
    public String evaluations;
    @Column(nullable = false)
    public String explanation;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
