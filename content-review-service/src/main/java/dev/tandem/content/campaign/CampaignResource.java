package dev.tandem.content.campaign;

import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaign freezes. */
@Tag(name = "Campaign freezes", description = "Windows in which a campaign cannot publish")
@Path("/api/campaigns/{campaignId}")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService service;
    private final CurrentUser user;

    CampaignResource(CampaignService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Path("/freezes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public Response freeze(@PathParam("campaignId") @Size(max = 100) String campaignId,
                           @Valid @NotNull FreezeRequest request) {
        FreezeResponse created = service.freeze(campaignId, request, user.id());
        return Response.created(URI.create("/api/campaigns/" + campaignId + "/freezes/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/freezes")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public List<FreezeResponse> list(@PathParam("campaignId") String campaignId) {
        return service.list(campaignId);
    }

    @DELETE
    @Path("/freezes/{freezeId}")
    @RolesAllowed({Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public FreezeResponse lift(@PathParam("campaignId") String campaignId, @PathParam("freezeId") String freezeId) {
        return service.lift(campaignId, freezeId, user.id());
    }

    @POST
    @Path("/freezes/{freezeId}/unfreeze")
    @RolesAllowed({Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public FreezeResponse unfreeze(@PathParam("campaignId") String campaignId,
                                   @PathParam("freezeId") String freezeId) {
        return service.lift(campaignId, freezeId, user.id());
    }

    /** Lifts every freeze of the campaign that is in force or still to come. */
    @POST
    @Path("/unfreeze")
    @RolesAllowed({Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public List<FreezeResponse> unfreezeAll(@PathParam("campaignId") String campaignId) {
        return service.liftAll(campaignId, user.id());
    }
}
