package dev.tandem.triage.intake;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.concurrent.CompletionStage;

@Path("/api/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class MessageResource {

    private final IntakeService intake;
    private final MessageQueries queries;

    MessageResource(IntakeService intake, MessageQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    /**
     * Triage a customer message: 201 with the route and its outcome; the same (channel, externalId) again
     * returns the first result with 200 and changes nothing. An unknown {@code conversationId} is a 404.
     */
    @POST
    @RolesAllowed({Roles.INTAKE, Roles.AGENT})
    public CompletionStage<Response> create(@Valid @NotNull CreateMessageRequest request, UriInfo uri) {
        // non-blocking: runs on the event loop and answers when the writer has committed the message
        URI collection = uri.getAbsolutePath();
        return intake.submit(request).thenApply(outcome -> outcome.created()
                ? Response.created(UriBuilder.fromUri(collection).path(outcome.message().id()).build())
                        .entity(outcome.message()).build()
                : Response.ok(outcome.message()).build());
    }

    /** One message with its full decision record (every rule evaluated, versions, explanation). */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.AGENT, Roles.SUPERVISOR})
    public MessageResponse get(@PathParam("id") String id) {
        return queries.message(id);
    }
}
