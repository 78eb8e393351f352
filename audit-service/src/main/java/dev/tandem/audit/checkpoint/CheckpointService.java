package dev.tandem.audit.checkpoint;

import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.MerkleTree;
import dev.tandem.audit.log.LogTree;
import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signs checkpoints of the log, periodically when the tree grew and on demand. A checkpoint is stored only
 * if the tree still contains the previous checkpoint (same root at its size, valid consistency proof).
 */
@ApplicationScoped
public class CheckpointService {

    /** Event emitted for every new checkpoint. */
    public static final String SIGNED = "audit.checkpoint.signed";

    private static final Logger LOG = Logger.getLogger(CheckpointService.class);

    private final CheckpointRepository repository;
    private final CheckpointKeys keys;
    private final LogTree tree;
    private final EventOutbox outbox;
    private final Clock clock;
    private final String ownSource;

    CheckpointService(CheckpointRepository repository, CheckpointKeys keys, LogTree tree, EventOutbox outbox,
                      Clock clock, @ConfigProperty(name = "tandem.events.source") String ownSource) {
        this.repository = repository;
        this.keys = keys;
        this.tree = tree;
        this.outbox = outbox;
        this.clock = clock;
        this.ownSource = ownSource;
    }

    /** The result of a signing request: the checkpoint, and whether it is new. */
    public record Signed(AuditCheckpoint checkpoint, boolean created) {
    }

    @Scheduled(every = "${tandem.audit.checkpoint-interval:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void signPeriodically() {
        QuarkusTransaction.requiringNew().run(() -> {
            long from = repository.latest().map(c -> c.treeSize).orElse(0L);
            if (tree.size() > from && repository.grewSince(from, ownSource)) {
                Signed signed = sign(Actor.system("checkpoint-scheduler"));
                LOG.debugf("signed checkpoint at tree size %d", signed.checkpoint().treeSize);
            }
        });
    }

    /** Signs the current tree unless the latest checkpoint already covers it. */
    @Transactional
    public Signed sign(Actor actor) {
        repository.lockForSigning();
        long size = tree.size();
        byte[] root = tree.root(size);
        Optional<AuditCheckpoint> previous = repository.latest();
        if (previous.isPresent() && previous.get().treeSize == size) {
            return new Signed(previous.get(), false);
        }
        previous.ifPresent(p -> requireConsistent(p, size, root));
        requireAuthenticated(previous.map(p -> p.treeSize).orElse(0L));
        Checkpoint checkpoint = new Checkpoint(keys.origin(), size, root, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        AuditCheckpoint stored = new AuditCheckpoint();
        stored.treeSize = size;
        stored.rootHash = root;
        stored.signedAt = checkpoint.time();
        stored.note = keys.signer().sign(checkpoint);
        repository.persist(stored);
        outbox.record(SIGNED, "checkpoint-" + stored.id, "checkpoint-" + stored.id, actor, new CheckpointSigned(size,
                Base64.getEncoder().encodeToString(root), keys.origin(), stored.note));
        return new Signed(stored, true);
    }

    @Transactional
    public Optional<AuditCheckpoint> latest() {
        return repository.latest();
    }

    @Transactional
    public AuditCheckpoint get(long id) {
        return repository.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Checkpoint", String.valueOf(id)));
    }

    @Transactional
    public List<AuditCheckpoint> list(int page, int size) {
        return repository.newestFirst(page, size);
    }

    @Transactional
    public long count() {
        return repository.count();
    }

    private void requireAuthenticated(long previousSize) {
        long bad = tree.lastUnauthenticatedLeaf();
        if (bad >= previousSize) {
            LOG.errorf("refusing checkpoint: leaf %d was not written by this service (leaf MAC fails)", bad);
            throw new ConflictException("Inconsistent log", "Entry " + bad
                    + " was changed outside the service (its leaf MAC fails); no checkpoint was signed.");
        }
    }

    private void requireConsistent(AuditCheckpoint previous, long size, byte[] root) {
        boolean consistent = previous.treeSize < size
                && Arrays.equals(tree.root(previous.treeSize), previous.rootHash)
                && MerkleTree.verifyConsistency(previous.treeSize, size, previous.rootHash, root,
                        tree.consistencyProof(previous.treeSize, size));
        if (!consistent) {
            LOG.errorf("refusing checkpoint at size %d: inconsistent with checkpoint %d", size, previous.id);
            throw new ConflictException("Inconsistent log", "The log is not consistent with checkpoint " + previous.id
                    + "; no checkpoint was signed.");
        }
    }

    /** Data of {@code audit.checkpoint.signed}. */
    record CheckpointSigned(long treeSize, String rootHash, String origin, String note) {
    }
}
