package dev.tandem.content.drift;

import java.time.Duration;

/** The width of one point of the voice trend. */
enum TrendBucket {
    HOUR("hour", Duration.ofDays(7)),
    DAY("day", Duration.ofDays(90)),
    WEEK("week", Duration.ofDays(365)),
    MONTH("month", Duration.ofDays(730));

    private final String sqlUnit;
    private final Duration defaultSpan;

    TrendBucket(String sqlUnit, Duration defaultSpan) {
        this.sqlUnit = sqlUnit;
        this.defaultSpan = defaultSpan;
    }

    String sqlUnit() {
        return sqlUnit;
    }

    /** How far back the trend looks when the caller gives no {@code from}. */
    Duration defaultSpan() {
        return defaultSpan;
    }
}
