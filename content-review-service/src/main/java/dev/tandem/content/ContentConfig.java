package dev.tandem.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of content-review-service. */
@ConfigMapping(prefix = "tandem.content")
public interface ContentConfig {

    /** Editorial review rules. */
    Review review();

    /** Brand profile defaults and the checker cache. */
    Brands brands();

    interface Review {
        /** Approvals from distinct reviewers that an ordinary draft needs before it can be published. */
        @WithDefault("1")
        int approvalsRequired();

        /** Approvals from distinct reviewers for a risky draft (an ERROR finding or a sensitive topic). */
        @WithDefault("2")
        int riskyApprovalsRequired();

        /** Distinct people who must sign an emergency override before a frozen campaign's draft is published. */
        @WithDefault("2")
        int overrideSignaturesRequired();
    }

    interface Brands {
        /** Reading grade used when a profile does not set {@code maxGradeLevel}. */
        @WithDefault("9")
        double defaultMaxGradeLevel();

        /** Exclamation limit used when a profile does not set {@code maxExclamationsPer100Words}. */
        @WithDefault("1")
        double defaultMaxExclamations();

        /** How many brand versions keep a ready-built checker in memory. */
        @WithDefault("128")
        int checkerCacheSize();
    }
}
