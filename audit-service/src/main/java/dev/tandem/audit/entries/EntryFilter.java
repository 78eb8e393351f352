package dev.tandem.audit.entries;

import dev.tandem.platform.events.ActorType;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import dev.tandem.platform.time.TimeWindow;
import java.time.Instant;
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
        TimeWindow window = TimeWindow.parse(from, to, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The filters are not valid.", violations);
        }
        return new EntryFilter(blankToNull(type), blankToNull(source), actorType, blankToNull(correlationId),
                blankToNull(subject), window.from(), window.to());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
