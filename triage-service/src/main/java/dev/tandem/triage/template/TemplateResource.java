package dev.tandem.triage.template;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/templates")
@Produces(MediaType.APPLICATION_JSON)
class TemplateResource {

    private final TemplateService service;

    TemplateResource(TemplateService service) {
        this.service = service;
    }

    /** The approved reply templates, each with templateId, intent, language and text. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.ADMIN})
    public List<TemplateView> list() {
        return service.list();
    }
}
