package dev.tandem.content.draft;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per-rule precision from reviewers' dismissals: which checks are noisy. */
@Tag(name = "Review workflow", description = "Submit, review, publish, dismiss findings, freeze overrides")
@Path("/api/rules/precision")
@Produces(MediaType.APPLICATION_JSON)
public class RulePrecisionResource {

    private final DismissalService service;

    RulePrecisionResource(DismissalService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public List<RulePrecision> precision(@QueryParam("brandId") String brandId) {
        return service.precision(brandId);
    }
}
