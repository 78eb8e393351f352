package dev.tandem.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay moves recorded events to the broker. */
@ConfigMapping(prefix = "tandem.outbox")
public interface OutboxConfig {

    /** Whether this instance runs the relay at all (tests of pure logic may turn it off). */
    @WithDefault("true")
    boolean enabled();

    /** Largest number of events published per round trip to the database. */
    @WithDefault("500")
    int batchSize();

    /** How long to wait for the broker's publisher confirm before the event counts as failed. */
    @WithDefault("10s")
    Duration confirmTimeout();

    /** First retry delay after a failed publish; doubled on each further failure. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Upper bound of the retry delay. */
    @WithDefault("60s")
    Duration maxBackoff();

    /**
     * How long published events stay in the table, for inspection, before they are purged. Zero (the
     * default) deletes each event as soon as the broker has confirmed it: the outbox is a queue, kept
     * small and cheap, and the audit log keeps every event anyway.
     */
    @WithDefault("PT0S")
    Duration retainSent();

    /**
     * After how many published events the relay vacuums the outbox table itself (0: never). Each one
     * leaves a dead row version behind, and the relay's scan walks over all of them until VACUUM runs;
     * on a busy queue table autovacuum (when it is on at all) lags far behind that.
     */
    @WithDefault("20000")
    int vacuumEvery();
}
