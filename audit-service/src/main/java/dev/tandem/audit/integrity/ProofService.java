package dev.tandem.audit.integrity;

import dev.tandem.audit.checkpoint.CheckpointRepository;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.LogTree;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Inclusion and consistency proofs from the committed tree (leaf index = seq). */
@ApplicationScoped
class ProofService {

    private final LogTree tree;
    private final CheckpointRepository checkpoints;

    ProofService(LogTree tree, CheckpointRepository checkpoints) {
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    record InclusionProof(long seq, long leafIndex, long treeSize, String leafHash, String rootHash,
                          List<String> proof, Long checkpointId) {
    }

    record ConsistencyProof(long from, long to, String fromRootHash, String toRootHash,
                            List<String> proof) {
    }

    /** {@code treeSize} defaults to the latest checkpoint's size. */
    @Transactional
    InclusionProof inclusion(long seq, Long treeSize) {
        long size = tree.size();
        if (seq < 0 || seq >= size) {
            throw new NotFoundException("Entry", String.valueOf(seq));
        }
        long proofSize = treeSize != null ? treeSize
                : checkpoints.latest().map(c -> c.treeSize).filter(s -> s > seq).orElse(size);
        if (proofSize <= seq || proofSize > size) {
            throw new InvalidInputException("treeSize", "must be greater than seq and at most " + size);
        }
        Long checkpointId = checkpoints.ofSize(proofSize).map(c -> c.id).orElse(null);
        return new InclusionProof(seq, seq, proofSize, ProofCodec.hex(tree.leafHash(seq)),
                ProofCodec.hex(tree.root(proofSize)), ProofCodec.toHex(tree.inclusionProof(seq, proofSize)),
                checkpointId);
    }

    ConsistencyProof consistency(long from, long to) {
        long size = tree.size();
        if (from < 1 || from > to) {
            throw new InvalidInputException("from", "must be at least 1 and at most to");
        }
        if (to > size) {
            throw new InvalidInputException("to", "must be at most the tree size " + size);
        }
        return new ConsistencyProof(from, to, ProofCodec.hex(tree.root(from)), ProofCodec.hex(tree.root(to)),
                ProofCodec.toHex(tree.consistencyProof(from, to)));
    }
}
