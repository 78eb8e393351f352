package dev.tandem.triage.classify;

/**
 * One detected signal with the evidence that explains it.
 *
 * @param confidence 0..1
 * @param evidence   the text that matched, as written by the customer
 * @param rule       the lexicon rule that matched, e.g. {@code en.safety.melted}
 */
public record Signal(SignalType type, double confidence, String evidence, String rule) {
}
