package dev.tandem.triage.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the routing policy; the highest version is in force. Versions are never changed. */
@Entity
@Table(name = "routing_policy")
class PolicyVersion {

    @Id
    int version;
    @Column(nullable = false)
    String rules;
    @Column(name = "rule_count", nullable = false)
    int ruleCount;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "created_by", nullable = false)
    String createdBy;
}
