package dev.tandem.content.voice;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;
import java.util.Map;

/**
 * A rule imported from a Vale style file ({@code existence}, {@code substitution} or {@code occurrence}); see
 * {@link ValeImport}.
 *
 * @param id         rule id, e.g. {@code Acme.Hedging}
 * @param kind       {@code existence}, {@code substitution} or {@code occurrence}
 * @param code       the finding code it reports (e.g. {@code BANNED_PHRASE}, {@code TERMINOLOGY}, {@code HYPE_TONE})
 * @param message    Vale message; {@code %s} placeholders take the match (and, for substitutions, the replacement first)
 * @param tokens     for existence/occurrence: the words or regular expressions
 * @param swap       for substitution: pattern to replacement ({@code a|b} offers several)
 * @param max        for occurrence: the most occurrences allowed per scope ({@code -1}: no maximum)
 * @param ignoreCase match regardless of case
 * @param nonword    tokens are not wrapped in word boundaries
 * @param scope      for occurrence: {@code text}, {@code paragraph} or {@code sentence}
 * @param min        for occurrence: the fewest occurrences required per scope ({@code 0}: no minimum)
 * @param exceptions matches equal to one of these (any case) are ignored
 */
public record CustomRule(String id, String kind, String code, Severity severity, String message,
                         List<String> tokens, Map<String, String> swap, int max, boolean ignoreCase,
                         boolean nonword, String scope, int min, List<String> exceptions) {

    @JsonCreator
    public CustomRule {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        swap = swap == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(swap));
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        scope = scope == null || scope.isBlank() ? "text" : scope;
        severity = severity == null ? Severity.SUGGESTION : severity;
    }

    /** The original nine-field shape: word-bounded tokens, whole-text scope, no minimum, no exceptions. */
    public CustomRule(String id, String kind, String code, Severity severity, String message, List<String> tokens,
                      Map<String, String> swap, int max, boolean ignoreCase) {
        this(id, kind, code, severity, message, tokens, swap, max, ignoreCase, false, "text", 0, List.of());
    }
}
