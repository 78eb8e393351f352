package dev.tandem.triage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the triage service. */
@ConfigMapping(prefix = "tandem.triage")
public interface TriageConfig {

    /**
     * HMAC-SHA256 key for customer pseudonyms ({@code dataSubject}). The default is a development key,
     * documented as such; production sets {@code TANDEM_PSEUDONYM_KEY} from a secret.
     */
    @WithDefault("tandem-dev-pseudonym-key-not-for-production")
    String pseudonymKey();

    /** Longest time the classifier may take; slower or failing classification counts as no classification. */
    @WithDefault("250ms")
    Duration classifierTimeout();

    /** Threads that run the classifier (the caller waits at most {@link #classifierTimeout()}). */
    @WithDefault("8")
    int classifierThreads();

    /** Messages a policy replay looks at when the request names no range. */
    @WithDefault("500")
    int replayDefaultLastN();

    /** Upper bound of messages one replay may look at. */
    @WithDefault("20000")
    int replayMaxMessages();

    /** How often the template catalogue is re-read (picks up templates another replica consumed). */
    @WithDefault("30s")
    String templatesRefresh();

    /** How often the policy version in force is re-read (picks up changes made through another replica). */
    @WithDefault("5s")
    String policyRefresh();

    /** How intake stores messages (group commit). */
    Intake intake();

    interface Intake {

        /**
         * Threads that store triaged messages. Each commits, in one transaction, every message that queued
         * up while its previous commit ran. Two let one build its batch while the other waits on the database;
         * more make smaller batches and contend (see docs/benchmarks.md for the measurements).
         */
        @WithDefault("2")
        int writers();

        /** Most messages one intake transaction stores. */
        @WithDefault("50")
        int maxBatch();
    }

    /** SLA checking and escalation. */
    Sla sla();

    interface Sla {

        /** How often the SLA checker runs ({@code off} disables the schedule, as in tests). */
        @WithDefault("30s")
        String checkEvery();

        /** Fraction of a target after which {@code triage.sla.warning} is emitted. */
        @WithDefault("0.8")
        double warningFraction();

        /** Queue a P1 hand-off moves to when it breaches (it cannot climb in priority any more). */
        @WithDefault("supervisor")
        String escalationQueue();
    }
}
