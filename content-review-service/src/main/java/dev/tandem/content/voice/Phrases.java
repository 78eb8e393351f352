package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns plain phrases into whole-word, case-insensitive patterns, optionally matching inflections. */
final class Phrases {

    /** How much of a word may change. */
    enum Inflect { NONE, PLURAL, ALL }

    private static final String BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_])";
    private static final String GAP = "(?:[\\s\\u00a0]*[-\\u2010\\u2011\\u2013][\\s\\u00a0]*|[\\s\\u00a0]+)";

    private Phrases() {
    }

    static Pattern compile(String phrase, Inflect inflect) {
        return Lexicon.regex(regex(phrase, inflect));
    }

    /** One whole-word pattern for a list of phrases (a single scan instead of one per phrase). */
    static String anyOf(List<String> phrases, Inflect inflect) {
        return BEFORE + "(?:" + String.join("|", phrases.stream().map(p -> body(p, inflect)).toList()) + ")" + AFTER;
    }

    /** A regular expression made to match whole words only. */
    static String wholeWords(String regex) {
        return BEFORE + "(?:" + regex + ")" + AFTER;
    }

    static String regex(String phrase, Inflect inflect) {
        return BEFORE + "(?:" + body(phrase, inflect) + ")" + AFTER;
    }

    private static String body(String phrase, Inflect inflect) {
        String[] words = phrase.trim().toLowerCase().split("[\\s\\-\\u2010\\u2011\\u2013]+");
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            boolean plain = word.chars().allMatch(Character::isLetter) && word.length() >= 3;
            parts.add(plain && inflect != Inflect.NONE ? forms(word, inflect) : Pattern.quote(word));
        }
        return String.join(GAP, parts);
    }

    private static String forms(String w, Inflect inflect) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            forms.add(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1));
        }
        forms.add(w + "'s");
        forms.add(w + "\u2019s");
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            forms.add(w + "es");
        } else if (w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            forms.add(w.substring(0, w.length() - 1) + "ies");
        } else {
            forms.add(w + "s");
        }
        if (inflect == Inflect.ALL) {
            String stem = w;
            if (w.endsWith("e")) {
                stem = w.substring(0, w.length() - 1);
            } else if (w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
                stem = w.substring(0, w.length() - 1) + "i";
                forms.add(w + "ing");
            } else if (doublesFinal(w)) {
                String doubled = w + w.charAt(w.length() - 1);
                for (String suffix : List.of("ed", "ing", "er", "ers", "est")) {
                    forms.add(doubled + suffix);
                }
            }
            for (String suffix : List.of("ed", "er", "ers", "est", "ly")) {
                forms.add(stem + suffix);
            }
            if (!w.endsWith("y")) {
                forms.add(stem + "ing");
            }
            if (w.length() > 5 && w.endsWith("er")) {
                forms.add(w.substring(0, w.length() - 2) + "ing"); // agent noun -> participle: changer, changing
            }
            forms.add(w + "s");
        }
        return "(?:" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")";
    }

    private static boolean doublesFinal(String w) {
        int n = w.length();
        if (n < 3 || n > 5) {
            return false;
        }
        char last = w.charAt(n - 1);
        return !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
