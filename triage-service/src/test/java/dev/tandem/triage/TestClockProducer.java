package dev.tandem.triage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Replaces the platform's system clock in every test with {@link MutableClock} (system time by default). */
@ApplicationScoped
class TestClockProducer {

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Clock clock() {
        return MutableClock.INSTANCE;
    }
}
