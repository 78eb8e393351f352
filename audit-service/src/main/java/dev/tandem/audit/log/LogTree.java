package dev.tandem.audit.log;

import dev.tandem.audit.crypto.MerkleTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The in-memory RFC 6962 tree over every committed entry: leaf index = seq. Rebuilt from the stored leaf
 * hashes at startup; afterwards only the ingest writer appends, and only after its transaction committed.
 */
@ApplicationScoped
public class LogTree {

    private static final Logger LOG = Logger.getLogger(LogTree.class);

    private final AuditEntryRepository repository;
    private volatile MerkleTree tree = new MerkleTree();

    LogTree(AuditEntryRepository repository) {
        this.repository = repository;
    }

    /** Loads every stored leaf hash in seq order; returns the tree size, which is the next seq. */
    public synchronized long rebuild() {
        MerkleTree loaded = new MerkleTree();
        long next = QuarkusTransaction.requiringNew().call(() -> {
            repository.forEachLeafHash(loaded::append);
            return repository.maxSeqPlusOne();
        });
        if (next != loaded.size()) {
            throw new IllegalStateException("audit log has gaps: " + loaded.size() + " entries but next seq " + next);
        }
        tree = loaded;
        LOG.infof("audit log tree rebuilt: %d entries", loaded.size());
        return next;
    }

    /** Appends committed leaves in seq order. */
    public synchronized void append(List<byte[]> leafHashes) {
        for (byte[] leaf : leafHashes) {
            tree.append(leaf);
        }
    }

    public long size() {
        return tree.size();
    }

    public byte[] root(long treeSize) {
        return tree.root(treeSize);
    }

    public byte[] leafHash(long index) {
        return tree.leafHash(index);
    }

    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        return tree.inclusionProof(leafIndex, treeSize);
    }

    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        return tree.consistencyProof(oldSize, newSize);
    }
}
