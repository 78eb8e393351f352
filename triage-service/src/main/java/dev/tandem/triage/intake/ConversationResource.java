package dev.tandem.triage.intake;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/conversations")
@Produces(MediaType.APPLICATION_JSON)
class ConversationResource {

    private final MessageQueries queries;

    ConversationResource(MessageQueries queries) {
        this.queries = queries;
    }

    /** The transcript: every customer message (sentiment, intent, route, why) and every reply, in order. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public ConversationResponse get(@PathParam("id") String id) {
        return queries.conversation(id);
    }
}
