package dev.tandem.content.check;

import dev.tandem.content.brand.BrandVoices;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A stateless brand-voice check: nothing is stored. */
@Tag(name = "Checks", description = "Stateless brand-voice checks")
@Path("/api/check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final BrandVoices voices;

    CheckResource(BrandVoices voices) {
        this.voices = voices;
    }

    @POST
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN})
    public CheckResponse check(@Valid @NotNull CheckRequest request) {
        return CheckResponse.of(voices.check(request.brandId(), request.brandVersion(), request.toInput()));
    }
}
