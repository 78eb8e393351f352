package dev.tandem.audit.entries;

import dev.tandem.platform.events.ActorType;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Entry filters; {@code from} (inclusive) and {@code to} (exclusive) bound the event time. */
record EntryFilter(String type, String source, String actorType, String correlationId, String subject,
                   Instant from, Instant to) {

    /** Parses the raw query values; every unusable value becomes one violation of a 400 problem. */
    static EntryFilter parse(String type, String source, String actorType, String correlationId, String subject,
                             String from, String to) {
        List<Violation> violations = new ArrayList<>();
        if (actorType != null && Arrays.stream(ActorType.values()).noneMatch(t -> t.name().equals(actorType))) {
            violations.add(new Violation("actorType", "must be one of " + Arrays.toString(ActorType.values())));
        }
        Instant fromTime = instant("from", from, violations);
        Instant toTime = instant("to", to, violations);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            violations.add(new Violation("to", "must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The filters are not valid.", violations);
        }
        return new EntryFilter(blankToNull(type), blankToNull(source), actorType, blankToNull(correlationId),
                blankToNull(subject), fromTime, toTime);
    }

    static Instant instant(String field, String value, List<Violation> violations) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
