package dev.tandem.audit.entries;

import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Queries the log: filtered pages of entries, one entry, and the trace of one message or draft. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class EntryResource {

    private final EntryQueryService service;

    EntryResource(EntryQueryService service) {
        this.service = service;
    }

    @GET
    @Path("/entries")
    public EntryQueryService.EntryPage search(@QueryParam("type") String type, @QueryParam("source") String source,
                                              @QueryParam("actorType") String actorType,
                                              @QueryParam("correlationId") String correlationId,
                                              @QueryParam("subject") String subject,
                                              @QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        EntryFilter filter = EntryFilter.parse(type, source, actorType, correlationId, subject, from, to);
        return service.search(filter, page, size);
    }

    @GET
    @Path("/entries/{seq}")
    public EntryResponse get(@PathParam("seq") long seq) {
        return service.get(seq);
    }

    /** Every entry with this correlation id (one customer message or one draft), in seq order. */
    @GET
    @Path("/trace/{correlationId}")
    public TraceResponse trace(@PathParam("correlationId") String correlationId) {
        return new TraceResponse(correlationId, service.trace(correlationId));
    }

    public record TraceResponse(String correlationId, List<EntryResponse> entries) {
    }
}
