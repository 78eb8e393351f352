package dev.tandem.audit.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed checkpoint as stored; the note is the C2SP signed-note text exactly as signed. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tree_size")
    public long treeSize;
    @Column(name = "root_hash")
    public byte[] rootHash;
    @Column(name = "signed_at")
    public Instant signedAt;
    public String note;
}
