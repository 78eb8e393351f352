package dev.tandem.triage;

import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Pins {@link MutableClock} to one instant before each test and lets it follow system time again after. */
public final class PinnedClock implements BeforeEachCallback, AfterEachCallback {

    /** A Monday morning inside the office calendar's working hours (London is on UTC in November). */
    public static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T09:30:00Z");

    private final Instant at;

    public PinnedClock(Instant at) {
        this.at = at;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MutableClock.INSTANCE.set(at);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MutableClock.INSTANCE.reset();
    }
}
