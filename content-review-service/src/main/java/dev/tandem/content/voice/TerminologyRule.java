package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TERMINOLOGY: avoid-terms (whole words, plurals, multi-word) with the term to use instead. */
final class TerminologyRule implements VoiceRule {

    private record Avoid(String use, String avoid, Rx pattern) {
    }

    private final List<Avoid> avoids = new ArrayList<>();
    private final Pattern exceptions;
    private final java.util.Set<String> uncountable;

    TerminologyRule(List<TermRule> terms, Lexicon lexicon) {
        for (TermRule term : terms) {
            if (term == null || term.use() == null || term.avoid() == null) {
                continue;
            }
            for (String avoid : term.avoid()) {
                if (avoid != null && !avoid.isBlank()) {
                    avoids.add(new Avoid(term.use().trim(), avoid.trim(), Rx.of(Phrases.compile(avoid, Phrases.Inflect.PLURAL))));
                }
            }
        }
        List<String> except = lexicon.rootList("terminologyExceptions");
        uncountable = TextStats.lower(Lexicon.list(lexicon.section("text"), "uncountable"));
        exceptions = except.isEmpty() ? null : Lexicon.anyOf(except.stream().map(e -> "\\b(?:" + e + ")\\b").toList());
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        String body = draft.text();
        for (Avoid a : avoids) {
            Matcher m = a.pattern().matcher(draft);
            while (m != null && m.find()) {
                if (VoiceRule.overlaps(m.start(), m.end(), exceptions, body)) {
                    continue;
                }
                String use = matchCase(m.group(), plural(m.group(), a.avoid()) ? pluralOf(a.use()) : a.use());
                out.add(draft.finding("TERMINOLOGY", Severity.WARNING,
                        "Say \"" + use + "\" instead of \"" + m.group() + "\".", m.start(), m.end(), use,
                        "terminology." + VoiceRule.slug(a.avoid())));
            }
        }
    }

    private static boolean plural(String found, String avoid) {
        String f = found.toLowerCase();
        return (f.endsWith("s") || f.endsWith("ies")) && !avoid.toLowerCase().endsWith("s") && !f.endsWith("'s");
    }

    private String pluralOf(String word) {
        if (uncountable.contains(word.toLowerCase())) {
            return word;
        }
        if (word.endsWith("s") || word.endsWith("sh") || word.endsWith("ch") || word.endsWith("x")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static String matchCase(String found, String use) {
        if (!found.isEmpty() && Character.isUpperCase(found.charAt(0)) && !use.isEmpty()) {
            return Character.toUpperCase(use.charAt(0)) + use.substring(1);
        }
        return use;
    }
}
