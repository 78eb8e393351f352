package dev.tandem.triage.sla;

import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("/api/sla")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class SlaResource {

    private final SlaService service;
    private final CurrentUser user;

    SlaResource(SlaService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    /** SLA targets per priority with the calendar (time zone, working days and hours, holidays) they run on. */
    @GET
    @Path("/policies")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<SlaPolicyResponse> policies() {
        return service.policies();
    }

    /** Sets one priority's targets (working minutes); hand-offs created from now on get them. */
    @PUT
    @Path("/policies/{priority}")
    @RolesAllowed(Roles.ADMIN)
    public SlaPolicyResponse changePolicy(@PathParam("priority") String priority,
                                          @Valid @NotNull SlaDtos.PolicyRequest request) {
        return service.changePolicy(priority, request, user.id());
    }

    @GET
    @Path("/calendars")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<SlaPolicyResponse.CalendarPart> calendars() {
        return service.calendars();
    }

    @GET
    @Path("/calendars/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public SlaPolicyResponse.CalendarPart calendar(@PathParam("id") String id) {
        return service.calendar(id).orElseThrow(() -> new NotFoundException("SLA calendar", id));
    }

    /** Creates (201) or replaces (200) a calendar with its holidays. */
    @PUT
    @Path("/calendars/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response putCalendar(@PathParam("id") String id, @Valid @NotNull SlaDtos.CalendarRequest request,
                                UriInfo uri) {
        boolean created = service.putCalendar(id, request, user.id());
        SlaPolicyResponse.CalendarPart body = service.calendar(id).orElseThrow();
        return created ? Response.created(uri.getAbsolutePath()).entity(body).build() : Response.ok(body).build();
    }
}
