package dev.tandem.audit.checkpoint;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CheckpointRepository implements PanacheRepository<AuditCheckpoint> {

    public Optional<AuditCheckpoint> latest() {
        return find("order by treeSize desc, id desc").firstResultOptional();
    }

    /** The newest checkpoint of exactly this tree size. */
    public Optional<AuditCheckpoint> ofSize(long treeSize) {
        return find("treeSize = ?1 order by id desc", treeSize).firstResultOptional();
    }

    public List<AuditCheckpoint> newestFirst(int page, int size) {
        return find("order by treeSize desc, id desc").page(Page.of(page, size)).list();
    }

    public List<AuditCheckpoint> oldestFirst() {
        return list("order by treeSize, id");
    }

    /** Serialises checkpoint signing (also across service instances) until the transaction ends. */
    void lockForSigning() {
        getEntityManager().createNativeQuery("lock table audit_checkpoint in share row exclusive mode").executeUpdate();
    }

    /** Whether entries other than this service's own checkpoint events exist from {@code seq} on. */
    boolean grewSince(long seq, String ownSource) {
        return !getEntityManager().createNativeQuery("""
                        select 1 from audit_entry where seq >= :seq
                        and not (type = 'audit.checkpoint.signed' and source = :source) limit 1""")
                .setParameter("seq", seq)
                .setParameter("source", ownSource)
                .getResultList().isEmpty();
    }
}
