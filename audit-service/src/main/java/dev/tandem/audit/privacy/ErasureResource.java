package dev.tandem.audit.privacy;

import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Erasure of a data subject's personal data from the log (role privacy-officer only). */
@Path("/api/audit/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class ErasureResource {

    private final ErasureService service;
    private final CurrentUser user;

    ErasureResource(ErasureService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    public Response erase(@Valid @NotNull ErasureRequest request, @Context UriInfo uri) {
        ErasureResponse receipt = service.erase(request, user.id());
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.erasureId()).build())
                .entity(receipt).build();
    }

    @GET
    @Path("/{id}")
    public ErasureResponse get(@PathParam("id") String id) {
        return service.get(id);
    }
}
