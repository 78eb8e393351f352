package dev.tandem.platform.time;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A period {@code [from, to)} given as ISO-8601 query parameters {@code from} and {@code to}; either end may be open (null). */
public record TimeWindow(Instant from, Instant to) {

    /** Parses both ends; each unusable one, or a {@code to} not after {@code from}, adds a violation. */
    public static TimeWindow parse(String from, String to, List<Violation> violations) {
        Instant start = instant("from", from, violations);
        Instant end = instant("to", to, violations);
        if (start != null && end != null && !start.isBefore(end)) {
            violations.add(new Violation("to", "must be after from"));
        }
        return new TimeWindow(start, end);
    }

    /** Parses both ends; a 400 problem listing the fields when either is unusable. */
    public static TimeWindow parse(String from, String to) {
        List<Violation> violations = new ArrayList<>();
        TimeWindow window = parse(from, to, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The time window is not valid.", violations);
        }
        return window;
    }

    private static Instant instant(String field, String value, List<Violation> violations) {
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
