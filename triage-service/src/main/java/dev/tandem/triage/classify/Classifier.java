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

    /**
     * Whether {@link #classify} only computes: no I/O, no waiting, time bounded by the text's length. Such a
     * classifier runs on the caller's thread (an HTTP event loop) and the time limit is applied to its
     * result: one that took too long is discarded as a timeout. Any other classifier (an LLM behind a
     * network call) runs on the guard's own threads and the caller does not wait for it.
     */
    default boolean computesOnly() {
        return false;
    }
}
