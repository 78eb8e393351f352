package dev.tandem.audit.checkpoint;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Signed checkpoints of the log and the key that verifies them. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class CheckpointResource {

    private final CheckpointService service;
    private final CheckpointKeys keys;
    private final CurrentUser user;

    CheckpointResource(CheckpointService service, CheckpointKeys keys, CurrentUser user) {
        this.service = service;
        this.keys = keys;
        this.user = user;
    }

    /** Signs the current tree now: 201 with the new checkpoint, or 200 with the latest if the tree did not grow. */
    @POST
    @Path("/checkpoints")
    public Response sign(@Context UriInfo uri) {
        CheckpointService.Signed signed = service.sign(Actor.human(user.id()));
        CheckpointResponse body = CheckpointResponse.of(signed.checkpoint());
        if (!signed.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/audit/checkpoints/{id}").build(body.id()))
                .entity(body).build();
    }

    @GET
    @Path("/checkpoints")
    public CheckpointPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<CheckpointResponse> items = service.list(page, size).stream().map(CheckpointResponse::of).toList();
        return new CheckpointPage(page, size, service.count(), items);
    }

    @GET
    @Path("/checkpoints/latest")
    public CheckpointResponse latest() {
        return service.latest().map(CheckpointResponse::of)
                .orElseThrow(() -> new NotFoundException("Checkpoint", "latest"));
    }

    @GET
    @Path("/checkpoints/{id}")
    public CheckpointResponse get(@PathParam("id") long id) {
        return CheckpointResponse.of(service.get(id));
    }

    @GET
    @Path("/public-key")
    public PublicKeyResponse publicKey() {
        return new PublicKeyResponse("Ed25519", keys.origin(), keys.keyName(), keys.verifierKey(),
                keys.publicKeyBase64());
    }

    public record CheckpointPage(int page, int size, long total, List<CheckpointResponse> items) {
    }

    /** {@code verifierKey} is the C2SP signed-note verifier key string; {@code publicKey} the raw key in base64. */
    public record PublicKeyResponse(String algorithm, String origin, String keyName, String verifierKey,
                                    String publicKey) {
    }
}
