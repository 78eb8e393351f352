package dev.tandem.audit.report;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.time.TimeWindow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compliance reports, each computed on the latest signed checkpoint (stated in {@code scope}), optionally
 * limited to events with {@code from <= time < to}.
 */
@Path("/api/audit/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class ReportResource {

    private static final Set<String> DIMENSIONS = Set.of("language", "region", "tier");

    private final ReportService service;

    ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Path("/human-oversight")
    public Reports.HumanOversight humanOversight(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.parse(from, to);
        return service.humanOversight(window.from(), window.to());
    }

    @GET
    @Path("/disclosure")
    public Reports.Disclosure disclosure(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.parse(from, to);
        return service.disclosure(window.from(), window.to());
    }

    @GET
    @Path("/fairness")
    public Reports.Fairness fairness(@QueryParam("dimension") String dimension, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        List<Violation> violations = new ArrayList<>();
        if (dimension == null || !DIMENSIONS.contains(dimension)) {
            violations.add(new Violation("dimension", "must be one of language, region, tier"));
        }
        TimeWindow window = TimeWindow.parse(from, to, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The report parameters are not valid.", violations);
        }
        return service.fairness(dimension, window.from(), window.to());
    }

    @GET
    @Path("/sla")
    public Reports.Sla sla(@QueryParam("from") String from, @QueryParam("to") String to) {
        TimeWindow window = TimeWindow.parse(from, to);
        return service.sla(window.from(), window.to());
    }
}
