package dev.tandem.triage.sla;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/sla/policies")
@Produces(MediaType.APPLICATION_JSON)
class SlaResource {

    private final SlaPolicies policies;

    SlaResource(SlaPolicies policies) {
        this.policies = policies;
    }

    /** SLA targets per priority with the calendar (time zone, working days and hours, holidays) they run on. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<SlaPolicyResponse> list() {
        return policies.describe();
    }
}
