package dev.tandem.content.voice;

import java.util.List;
import java.util.Map;

/**
 * A rule imported from a Vale style file ({@code existence}, {@code substitution} or {@code occurrence}).
 *
 * @param id       rule id, e.g. {@code Acme.Hedging}
 * @param kind     {@code existence}, {@code substitution} or {@code occurrence}
 * @param code     the finding code it reports (e.g. {@code BANNED_PHRASE}, {@code TERMINOLOGY}, {@code HYPE_TONE})
 * @param tokens   for existence/occurrence: the words or patterns
 * @param swap     for substitution: pattern to replacement
 * @param max      for occurrence: the most occurrences allowed
 */
public record CustomRule(String id, String kind, String code, Severity severity, String message,
                         List<String> tokens, Map<String, String> swap, int max, boolean ignoreCase) {
}
