package dev.tandem.triage.classify;

/**
 * Reads a customer message. The rules-based implementation works offline and deterministically; an
 * LLM-backed one can sit behind the same interface, because the routing policy's guardrails apply to
 * whatever a classifier returns (and a failure or timeout never yields an automatic reply).
 */
public interface Classifier {

    /** Identifier with version as stored on each decision, e.g. {@code rules-1.0}. */
    String id();

    /** Version of the data (lexicons, patterns) this classifier runs on, e.g. {@code lexicon-2026.11.1}. */
    String lexiconVersion();

    Classification classify(MessageText message);
}
