package dev.tandem.triage.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compiled lexicon rule: each of its patterns compiled on its own with the characters it can start
 * with, so a pattern is only tried at the word starts of a message where it can match.
 *
 * @param id        stable rule id from the data file, e.g. {@code en.safety.melted}
 * @param target    what a hit means: a {@link SignalType}, {@link Intent} or {@link Urgency}; null for sentiment/masks
 * @param weight    signal confidence, intent weight or sentiment weight
 * @param negatable whether a negation cue shortly before a hit cancels it ("not angry")
 */
record LexRule(String id, Enum<?> target, List<Alternative> alternatives, double weight, boolean negatable) {

    /**
     * One pattern of the rule: its number within the language, and the bit sets (hashes as in
     * {@link TextIndex}) of its possible first two characters and first characters; null bit sets mean it
     * may start anywhere and is searched the slow way with {@code pattern}. {@code atWordStart} is the same
     * pattern without its leading "no letter or digit before" look-behind, which {@link #hits} checks
     * itself at the candidate positions. {@code literal} is the pattern's text when it has no regular
     * expression syntax at all (four in ten do): such a pattern is compared as a string, with no matcher.
     */
    record Alternative(int id, Pattern pattern, Pattern atWordStart, String literal, long[] pairBits,
                       long[] singleBits) {

        /** Whether the text has a position where this pattern could start. */
        boolean mayHit(TextIndex index) {
            return pairBits == null || index.first(id) >= 0;
        }

        /** Calls back for each hit start/end in order, until the callback returns false. */
        void hits(String text, TextIndex index, HitVisitor visitor) {
            if (pairBits == null) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (!visitor.visit(m.start(), m.end())) {
                        return;
                    }
                }
                return;
            }
            int entry = index.first(id);
            if (entry < 0) {
                return;
            }
            if (literal != null) {
                literalHits(text, index, entry, visitor);
                return;
            }
            Matcher m = atWordStart.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int from = 0;
            for (; entry >= 0; entry = index.next(entry)) {
                int pos = index.position(entry);
                if (pos < from || continuesWord(text, pos)) {
                    continue;
                }
                m.region(pos, text.length());
                if (m.lookingAt()) {
                    from = m.end();
                    if (!visitor.visit(m.start(), m.end())) {
                        return;
                    }
                }
            }
        }

        /** {@link #hits} for a literal: the text at the position, and no letter or number on either side. */
        private void literalHits(String text, TextIndex index, int entry, HitVisitor visitor) {
            int from = 0;
            for (; entry >= 0; entry = index.next(entry)) {
                int pos = index.position(entry);
                int end = pos + literal.length();
                if (pos < from || continuesWord(text, pos) || !text.startsWith(literal, pos)
                        || end < text.length() && isLetterOrNumber(text.codePointAt(end))) {
                    continue;
                }
                from = end;
                if (!visitor.visit(pos, end)) {
                    return;
                }
            }
        }

        /**
         * What the look-behind {@code (?<![\p{L}\p{N}])} rejects: a letter or number just before. Like
         * java.util.regex, it looks at the one char before, so after a letter outside the BMP it sees half a
         * surrogate pair and does not reject.
         */
        private static boolean continuesWord(String text, int pos) {
            return pos > 0 && isLetterOrNumber(text.charAt(pos - 1));
        }

        /** {@code [\p{L}\p{N}]}: a letter or a number of any kind. */
        private static boolean isLetterOrNumber(int codePoint) {
            return Character.isLetter(codePoint) || switch (Character.getType(codePoint)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
        }
    }

    /** Whether any pattern of the rule has a position to try in the text (most rules have none). */
    private boolean mayHit(TextIndex index) {
        for (int i = 0; i < alternatives.size(); i++) {
            if (alternatives.get(i).mayHit(index)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    interface HitVisitor {
        /** Returns whether to continue. */
        boolean visit(int start, int end);
    }

    /** How many non-negated hits there are (at distinct positions), counting at most {@code max}. */
    int countHits(String text, Negation negation, TextIndex index, int max) {
        if (!mayHit(index)) {
            return 0;
        }
        int[] n = {0};
        int[] last = {-1};
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alt = alternatives.get(i);
            alt.hits(text, index, (start, end) -> {
                if (start != last[0] && (!negatable || !negation.negates(text, start))) {
                    n[0]++;
                    last[0] = start;
                }
                return n[0] < max;
            });
            if (n[0] >= max) {
                break;
            }
        }
        return n[0];
    }

    /** Start and end of the leftmost hit that is not negated, or null. */
    int[] firstHit(String text, Negation negation, TextIndex index) {
        if (!mayHit(index)) {
            return null;
        }
        int[][] best = {null};
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alt = alternatives.get(i);
            alt.hits(text, index, (start, end) -> {
                if (best[0] != null && start >= best[0][0]) {
                    return false;
                }
                if (!negatable || !negation.negates(text, start)) {
                    best[0] = new int[] {start, end};
                    return false;
                }
                return true;
            });
        }
        return best[0];
    }

    /** Every hit (negated or not), at most {@code maxPerPattern} per pattern, for masking and sentiment. */
    void forEachHit(String text, TextIndex index, int maxPerPattern, HitConsumer consumer) {
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alt = alternatives.get(i);
            if (!alt.mayHit(index)) {
                continue;
            }
            int[] hits = {0};
            alt.hits(text, index, (start, end) -> {
                consumer.accept(start, end);
                return ++hits[0] < maxPerPattern;
            });
        }
    }

    @FunctionalInterface
    interface HitConsumer {
        void accept(int start, int end);
    }
}
