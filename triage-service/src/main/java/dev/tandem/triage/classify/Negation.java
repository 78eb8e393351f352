package dev.tandem.triage.classify;

import java.util.Set;

/**
 * Decides whether a hit is negated: a negation cue among the few words before it in the same clause
 * ("no need for a manager", "not a complaint", "nobody hurt"). Clauses end at punctuation and at
 * contrast words ("but"), so "not sure why, but it melted" still counts.
 */
final class Negation {

    private final Set<String> cues;
    private final Set<String> cuePrefixes;
    private final Set<String> clauseBreaks;
    private final int window;

    Negation(Set<String> cues, Set<String> cuePrefixes, Set<String> clauseBreaks, int window) {
        this.cues = cues;
        this.cuePrefixes = cuePrefixes;
        this.clauseBreaks = clauseBreaks;
        this.window = window;
    }

    boolean negates(String text, int start) {
        int i = start - 1;
        int words = 0;
        while (i >= 0 && words < window) {
            char c = text.charAt(i);
            if (".!?;:,\n()".indexOf(c) >= 0) {
                return false;
            }
            if (!isWordChar(c)) {
                i--;
                continue;
            }
            int end = i + 1;
            while (i >= 0 && isWordChar(text.charAt(i))) {
                i--;
            }
            String word = text.substring(i + 1, end);
            if (clauseBreaks.contains(word)) {
                return false;
            }
            if (isCue(word)) {
                return true;
            }
            words++;
        }
        return false;
    }

    private boolean isCue(String word) {
        if (cues.contains(word)) {
            return true;
        }
        for (String p : cuePrefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
