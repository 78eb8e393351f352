package dev.tandem.triage.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class PolicyResource {

    private final PolicyService service;
    private final ReplayService replay;
    private final CurrentUser user;

    PolicyResource(PolicyService service, ReplayService replay, CurrentUser user) {
        this.service = service;
        this.replay = replay;
        this.user = user;
    }

    /** The routing policy in force: version and ordered rules. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public PolicyDtos.PolicyResponse current() {
        return service.currentVersion();
    }

    /** Every version, newest first (without rules). */
    @GET
    @Path("/versions")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<PolicyDtos.PolicyResponse> versions() {
        return service.versions();
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public PolicyDtos.PolicyResponse version(@PathParam("version") int version) {
        return service.version(version);
    }

    /** Makes the body (the rules JSON) the next version; 400 with the parser's message when it is invalid. */
    @PUT
    @RolesAllowed(Roles.ADMIN)
    public PolicyDtos.PolicyResponse change(@NotNull JsonNode rules) {
        return service.change(rules, user.id());
    }

    /** What a proposed policy would have decided on past messages; changes nothing. */
    @POST
    @Path("/replay")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public PolicyDtos.ReplayReport replay(@Valid @NotNull PolicyDtos.ReplayRequest request) {
        return replay.replay(request);
    }
}
