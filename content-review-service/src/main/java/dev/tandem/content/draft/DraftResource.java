package dev.tandem.content.draft;

import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Drafts and their revisions. */
@Tag(name = "Drafts", description = "Drafts and their revisions")
@Path("/api/drafts")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {


    private final DraftService service;
    private final CurrentUser user;

    DraftResource(DraftService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHOR)
    public Response create(@Valid @NotNull CreateDraftRequest request) {
        DraftResponse created = service.create(request, user.id());
        return Response.created(URI.create("/api/drafts/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public List<DraftSummary> list(@QueryParam("status") String status, @QueryParam("campaignId") String campaignId,
                                   @QueryParam("brandId") String brandId, @QueryParam("author") String author,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return service.list(status, campaignId, brandId, author, offset, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public DraftResponse get(@PathParam("id") String id) {
        return service.get(id);
    }

    /** Saves an edit as a new revision (same as {@code POST /{id}/revisions}). */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHOR)
    public DraftResponse revise(@PathParam("id") String id, @Valid @NotNull ReviseDraftRequest request) {
        return service.revise(id, request, user.id());
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHOR)
    public Response addRevision(@PathParam("id") String id, @Valid @NotNull ReviseDraftRequest request) {
        DraftResponse revised = service.revise(id, request, user.id());
        return Response.created(URI.create("/api/drafts/" + id + "/revisions/" + revised.revision()))
                .entity(revised).build();
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public List<RevisionEntry> revisions(@PathParam("id") String id) {
        return service.history(id);
    }
}
