package dev.tandem.audit.log;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The log keeps times at PostgreSQL's microsecond precision and writes them into leaves as
 * {@link Instant#toString()} of that value, so a leaf recomputed from a stored row is byte-identical.
 */
public final class LogTimes {

    private LogTimes() {
    }

    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
