package dev.tandem.content.drift;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The drift view: how a brand's voice score moves over time. */
@Tag(name = "Brands", description = "Brand voice profiles; every change is a new version")
@Path("/api/brands/{id}/voice-trend")
@Produces(MediaType.APPLICATION_JSON)
public class VoiceTrendResource {

    private final VoiceDriftService service;

    VoiceTrendResource(VoiceDriftService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public VoiceTrendResponse trend(@PathParam("id") String brandId, @QueryParam("bucket") String bucket,
                                    @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.trend(brandId, bucket, from, to);
    }
}
