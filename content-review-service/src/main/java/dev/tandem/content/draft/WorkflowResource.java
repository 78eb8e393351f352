package dev.tandem.content.draft;

import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review workflow: each step is a POST with a JSON body. */
@Tag(name = "Review workflow", description = "Submit, review, publish, dismiss findings, freeze overrides")
@Path("/api/drafts/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    private final WorkflowService workflow;
    private final DismissalService dismissals;
    private final CurrentUser user;

    WorkflowResource(WorkflowService workflow, DismissalService dismissals, CurrentUser user) {
        this.workflow = workflow;
        this.dismissals = dismissals;
        this.user = user;
    }

    /** Into review; only the author, body {@code {}}. */
    @POST
    @Path("/submit")
    @RolesAllowed(Roles.AUTHOR)
    public DraftResponse submit(@PathParam("id") String id) {
        return workflow.submit(id, user.id());
    }

    @POST
    @Path("/reviews")
    @RolesAllowed(Roles.REVIEWER)
    public DraftResponse review(@PathParam("id") String id, @Valid @NotNull ReviewRequest request) {
        return workflow.review(id, request, user.id());
    }

    /** Body {@code {}}; 409 while approvals are missing or the campaign is frozen. */
    @POST
    @Path("/publish")
    @RolesAllowed(Roles.REVIEWER)
    public DraftResponse publish(@PathParam("id") String id) {
        return workflow.publish(id, user.id());
    }

    @POST
    @Path("/findings/{findingId}/dismissals")
    @RolesAllowed(Roles.REVIEWER)
    public Response dismiss(@PathParam("id") String id, @PathParam("findingId") String findingId,
                            @Valid @NotNull ReasonRequest request) {
        DismissalResponse dismissal = dismissals.dismiss(id, findingId, request.reason(), user.id());
        return Response.created(URI.create("/api/drafts/" + id + "/findings/" + findingId + "/dismissals/"
                + dismissal.id())).entity(dismissal).build();
    }

    /** An emergency override of a campaign freeze: publishing is allowed once enough people signed. */
    @POST
    @Path("/publish-overrides")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response signOverride(@PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        OverrideResponse signed = workflow.signOverride(id, request.reason(), user.id());
        return Response.status(Response.Status.CREATED).entity(signed).build();
    }

    @GET
    @Path("/publish-overrides")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public OverrideResponse overrides(@PathParam("id") String id) {
        return workflow.overrides(id);
    }
}
