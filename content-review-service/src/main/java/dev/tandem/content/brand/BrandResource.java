package dev.tandem.content.brand;

import dev.tandem.platform.security.CurrentUser;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

/** Brand voice profiles and their versions. */
@Tag(name = "Brands", description = "Brand voice profiles; every change is a new version")
@Path("/api/brands")
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {


    private final BrandService service;
    private final CurrentUser user;

    BrandResource(BrandService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRAND_ADMIN)
    public Response create(@Valid @NotNull BrandProfile profile) {
        BrandResponse created = service.create(profile, user.id());
        return Response.created(URI.create("/api/brands/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public BrandResponse latest(@PathParam("id") String id) {
        return service.latest(id);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public List<BrandVersionSummary> versions(@PathParam("id") String id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.AUTHOR, Roles.REVIEWER, Roles.BRAND_ADMIN, Roles.ADMIN})
    public BrandResponse version(@PathParam("id") String id, @PathParam("version") int version) {
        return service.version(id, version);
    }

    /** Replaces the profile: a new version; imported Vale rules carry over. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRAND_ADMIN)
    public BrandResponse update(@PathParam("id") String id, @Valid @NotNull BrandProfile profile) {
        return service.update(id, profile, user.id());
    }

    @POST
    @Path("/{id}/vale-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BRAND_ADMIN)
    public Response importRule(@PathParam("id") String id, @Valid @NotNull ValeRuleRequest request) {
        String fileName = request.fileName() == null || request.fileName().isBlank() ? "rule.yml" : request.fileName();
        return ruleAdded(service.addValeRule(id, fileName, request.yaml(), user.id()));
    }

    /** The same import with the Vale YAML as the body; {@code fileName} names the rule as Vale would. */
    @POST
    @Path("/{id}/vale-rules")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.BRAND_ADMIN)
    public Response importRuleYaml(@PathParam("id") String id,
                                   @QueryParam("fileName") @Size(max = 200) String fileName,
                                   @NotBlank @Size(max = 100_000) String yaml) {
        String name = fileName == null || fileName.isBlank() ? "rule.yml" : fileName;
        return ruleAdded(service.addValeRule(id, name, yaml, user.id()));
    }

    private static Response ruleAdded(BrandResponse version) {
        return Response.created(URI.create("/api/brands/" + version.id() + "/versions/" + version.version()))
                .entity(version).build();
    }
}
