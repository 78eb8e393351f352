package dev.tandem.audit.report;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
        Instant[] window = window(from, to, new ArrayList<>());
        return service.humanOversight(window[0], window[1]);
    }

    @GET
    @Path("/disclosure")
    public Reports.Disclosure disclosure(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] window = window(from, to, new ArrayList<>());
        return service.disclosure(window[0], window[1]);
    }

    @GET
    @Path("/fairness")
    public Reports.Fairness fairness(@QueryParam("dimension") String dimension, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        List<Violation> violations = new ArrayList<>();
        if (dimension == null || !DIMENSIONS.contains(dimension)) {
            violations.add(new Violation("dimension", "must be one of language, region, tier"));
        }
        Instant[] window = window(from, to, violations);
        return service.fairness(dimension, window[0], window[1]);
    }

    @GET
    @Path("/sla")
    public Reports.Sla sla(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] window = window(from, to, new ArrayList<>());
        return service.sla(window[0], window[1]);
    }

    private static Instant[] window(String from, String to, List<Violation> violations) {
        Instant start = parse("from", from, violations);
        Instant end = parse("to", to, violations);
        if (start != null && end != null && !start.isBefore(end)) {
            violations.add(new Violation("to", "must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The report parameters are not valid.", violations);
        }
        return new Instant[] {start, end};
    }

    private static Instant parse(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be an ISO-8601 UTC timestamp such as 2026-01-31T12:00:00Z"));
            return null;
        }
    }
}
