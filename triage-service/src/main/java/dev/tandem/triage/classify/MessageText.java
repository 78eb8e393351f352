package dev.tandem.triage.classify;

/** What a classifier reads: the customer's words and the language they wrote in (ISO 639-1, may be null). */
public record MessageText(String subject, String body, String language) {
}
