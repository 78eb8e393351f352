package dev.tandem.audit.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The receipt of one erasure request. */
@Entity
@Table(name = "erasure")
public class Erasure {

    @Id
    public String id;
    @Column(name = "data_subject")
    public String dataSubject;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "entries_affected")
    public long entriesAffected;
}
