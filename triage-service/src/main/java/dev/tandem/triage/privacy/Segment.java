package dev.tandem.triage.privacy;

/** The customer segment carried on events for audit's fairness report. */
public record Segment(String language, String region, String tier) {
}
