package dev.tandem.triage.handoff;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/handoffs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class HandoffResource {

    private final HandoffService service;
    private final HandoffContextService contexts;
    private final CurrentUser user;

    HandoffResource(HandoffService service, HandoffContextService contexts, CurrentUser user) {
        this.service = service;
        this.contexts = contexts;
        this.user = user;
    }

    /** Hand-offs by queue and status (OPEN, CLAIMED, RESOLVED), most urgent first. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public List<HandoffDtos.HandoffSummary> list(@QueryParam("queue") String queue, @QueryParam("status") String status) {
        return service.list(queue, status);
    }

    /** The full context package: transcript with sentiment per message, what the AI did and why, customer facts. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public HandoffDtos.HandoffContext get(@PathParam("id") String id) {
        return contexts.context(id);
    }

    /** Takes an open hand-off; the caller then owns the conversation (409 unless OPEN). */
    @POST
    @Path("/{id}/claim")
    @RolesAllowed(Roles.AGENT)
    public HandoffDtos.HandoffSummary claim(@PathParam("id") String id) {
        return service.claim(id, user.id());
    }

    /** Gives a claimed hand-off back to its queue (the claimer or a supervisor; 409 unless CLAIMED). */
    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public HandoffDtos.HandoffSummary release(@PathParam("id") String id) {
        return service.release(id, user.id(), user.hasRole(Roles.SUPERVISOR));
    }

    /** The claimer answers the customer; the resolution clock pauses until the customer writes again. */
    @POST
    @Path("/{id}/reply")
    @RolesAllowed(Roles.AGENT)
    public HandoffDtos.HandoffSummary reply(@PathParam("id") String id,
                                            @Valid @NotNull HandoffDtos.AgentReplyRequest request) {
        return service.reply(id, request.text(), user.id());
    }

    /** Closes a claimed hand-off with an outcome and the agent's verdict on the AI's routing. */
    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public HandoffDtos.HandoffSummary resolve(@PathParam("id") String id,
                                              @Valid @NotNull HandoffDtos.ResolveRequest request) {
        return service.resolve(id, request, user.id(), user.hasRole(Roles.SUPERVISOR));
    }
}
