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
    private final LeafMacs macs;
    private volatile MerkleTree tree = new MerkleTree();
    private volatile long lastUnauthenticated = -1;

    LogTree(AuditEntryRepository repository, LeafMacs macs) {
        this.repository = repository;
        this.macs = macs;
    }

    /**
     * Loads every stored leaf hash in seq order and checks its leaf MAC; returns the tree size, which is the next
     * seq. A leaf whose MAC fails was not written by this service: see {@link #lastUnauthenticatedLeaf()}.
     */
    public synchronized long rebuild() {
        MerkleTree loaded = new MerkleTree();
        long[] lastBad = {-1};
        long next = QuarkusTransaction.requiringNew().call(() -> {
            repository.forEachLeafHash((leaf, mac) -> {
                if (!macs.matches(leaf, mac)) {
                    lastBad[0] = loaded.size();
                }
                loaded.append(leaf);
            });
            return repository.maxSeqPlusOne();
        });
        if (lastBad[0] >= 0) {
            LOG.errorf("audit log: leaf %d (and maybe earlier ones) has no valid leaf MAC; no checkpoint will cover it",
                    lastBad[0]);
        }
        lastUnauthenticated = lastBad[0];
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

    /**
     * The highest seq whose stored leaf failed its MAC at the last rebuild, or -1. The checkpoint signer never
     * signs a tree that adds such a leaf to its previous checkpoint.
     */
    public long lastUnauthenticatedLeaf() {
        return lastUnauthenticated;
    }

    public long size() {
        return tree.size();
    }

    public byte[] root(long treeSize) {
        return tree.root(treeSize);
    }

    public boolean leafEquals(long index, byte[] hash, int offset) {
        return tree.leafEquals(index, hash, offset);
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
