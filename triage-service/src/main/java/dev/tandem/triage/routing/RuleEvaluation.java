package dev.tandem.triage.routing;

/** One policy rule as it was evaluated for one message: matched or not, and why. */
public record RuleEvaluation(String ruleId, String description, boolean matched, String reason) {
}
