package dev.tandem.triage.draft;

import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class DraftResource {

    private final DraftService service;
    private final CurrentUser user;

    DraftResource(DraftService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    /** AI drafts by status (default PENDING: awaiting review), oldest first. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public List<DraftDtos.DraftResponse> list(@QueryParam("status") @DefaultValue("PENDING") String status) {
        return service.list(status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public DraftDtos.DraftResponse get(@PathParam("id") String id) {
        return service.get(id);
    }

    /** Sends the draft as written (409 once decided). */
    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.AGENT)
    public DraftDtos.DraftResponse approve(@PathParam("id") String id) {
        return service.approve(id, user.id());
    }

    /** Sends the agent's edited text instead (409 once decided). */
    @POST
    @Path("/{id}/edit-and-send")
    @RolesAllowed(Roles.AGENT)
    public DraftDtos.DraftResponse editAndSend(@PathParam("id") String id, @Valid @NotNull DraftDtos.EditRequest request) {
        return service.editAndSend(id, request.text(), user.id());
    }

    /** Discards the draft with a reason; nothing is sent (409 once decided). */
    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.AGENT)
    public DraftDtos.DraftResponse reject(@PathParam("id") String id, @Valid @NotNull DraftDtos.RejectRequest request) {
        return service.reject(id, request.reason(), user.id());
    }
}
