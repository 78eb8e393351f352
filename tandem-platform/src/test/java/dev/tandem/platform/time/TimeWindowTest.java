package dev.tandem.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    @Test
    void shouldLeaveMissingEndsOpen() {
        assertEquals(new TimeWindow(null, null), TimeWindow.parse(null, " "));
        assertEquals(new TimeWindow(Instant.parse("2026-12-01T00:00:00Z"), null),
                TimeWindow.parse("2026-12-01T00:00:00Z", null));
    }

    @Test
    void shouldNameEachUnusableEnd() {
        List<Violation> violations = new ArrayList<>();
        TimeWindow.parse("yesterday", "2026-13-01", violations);
        assertEquals(List.of("from", "to"), violations.stream().map(Violation::field).toList());
    }

    @Test
    void shouldRejectAnEndThatIsNotAfterTheStart() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TimeWindow.parse("2026-12-02T00:00:00Z", "2026-12-02T00:00:00Z"));
        assertEquals(List.of("to"), e.violations().stream().map(Violation::field).toList());
    }
}
