package dev.tandem.triage.routing;

/** What the intake system tells us about the customer; the policy reads these directly. */
public record CustomerFacts(String id, Tier tier, int tenureMonths, double lifetimeValue, DealStage dealStage,
                            boolean aiOptOut, String language, String region) {
}
