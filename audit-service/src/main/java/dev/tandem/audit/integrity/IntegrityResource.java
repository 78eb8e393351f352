package dev.tandem.audit.integrity;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Full verification of the log, and Merkle proofs (hashes in lowercase hex, RFC 6962). */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class IntegrityResource {

    private final VerifyService verify;
    private final ProofService proofs;

    IntegrityResource(VerifyService verify, ProofService proofs) {
        this.verify = verify;
        this.proofs = proofs;
    }

    /** {@code payloads=false} skips decrypting and re-digesting payloads (leaves, tree and checkpoints only). */
    @GET
    @Path("/verify")
    public VerifyResponse verify(@QueryParam("payloads") @DefaultValue("true") boolean payloads) {
        return verify.verify(payloads);
    }

    /** Audit path of entry {@code seq} in the tree of {@code treeSize} leaves (default: the latest checkpoint). */
    @GET
    @Path("/proofs/inclusion")
    public ProofService.InclusionProof inclusion(@QueryParam("seq") @NotNull Long seq,
                                                 @QueryParam("treeSize") Long treeSize) {
        return proofs.inclusion(seq, treeSize);
    }

    /** Proof that the tree of {@code to} leaves extends the tree of {@code from} leaves. */
    @GET
    @Path("/proofs/consistency")
    public ProofService.ConsistencyProof consistency(@QueryParam("from") @NotNull Long from,
                                                     @QueryParam("to") @NotNull Long to) {
        return proofs.consistency(from, to);
    }
}
