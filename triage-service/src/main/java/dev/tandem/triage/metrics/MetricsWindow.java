package dev.tandem.triage.metrics;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a summary covers: messages received and hand-offs created in {@code [from, to)}. Either end
 * may be open (null).
 */
record MetricsWindow(Instant from, Instant to) {

    private static final Instant OPEN_START = Instant.EPOCH;
    private static final Instant OPEN_END = Instant.parse("3000-01-01T00:00:00Z");

    static MetricsWindow parse(String from, String to) {
        List<Violation> violations = new ArrayList<>();
        Instant start = instant("from", from, violations);
        Instant end = instant("to", to, violations);
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(new Violation("to", "must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The time window is not valid", violations);
        }
        return new MetricsWindow(start, end);
    }

    Instant start() {
        return from == null ? OPEN_START : from;
    }

    Instant end() {
        return to == null ? OPEN_END : to;
    }

    private static Instant instant(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            violations.add(new Violation(field, "must be an ISO-8601 UTC timestamp, e.g. 2026-12-01T00:00:00Z"));
            return null;
        }
    }
}
