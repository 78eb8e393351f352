package dev.tandem.content.brand;

import java.time.Instant;

/** One entry of a brand's version history. */
record BrandVersionSummary(int version, String name, Instant createdAt, String createdBy) {
}
