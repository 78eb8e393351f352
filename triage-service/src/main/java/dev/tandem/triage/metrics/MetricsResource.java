package dev.tandem.triage.metrics;

import dev.tandem.platform.security.Roles;
import dev.tandem.platform.time.TimeWindow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/metrics/summary")
@Produces(MediaType.APPLICATION_JSON)
class MetricsResource {

    private final MetricsService service;

    MetricsResource(MetricsService service) {
        this.service = service;
    }

    /**
     * Automation rate, hand-offs by trigger, first response time, SLA hit rate, agent-confirmed AI accuracy,
     * over everything or over {@code [from, to)} (ISO-8601 instants).
     */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MetricsSummary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.summary(TimeWindow.parse(from, to));
    }
}
