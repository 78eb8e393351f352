package dev.tandem.triage.classify;

import java.text.Normalizer;

/**
 * Lower-cases and folds accents and typographic quotes one character for one character, so an offset in
 * the normalized text is the same offset in the customer's original text (evidence is cut from the original).
 */
final class TextNormalizer {

    private static final char[] FOLD = new char[0x2100];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            char lower = Character.toLowerCase(c);
            String base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char first = base.isEmpty() ? lower : base.charAt(0);
            FOLD[c] = first < 0x80 && Character.isLetter(first) ? first : lower;
        }
        FOLD['ß'] = 'ß';
        FOLD['œ'] = 'o';
        FOLD['æ'] = 'a';
        FOLD['ø'] = 'o';
        FOLD['ł'] = 'l';
        for (char q : "\u2019\u2018\u00b4`\u02bc".toCharArray()) {
            FOLD[q] = '\'';
        }
        for (char q : "\u201c\u201d\u00ab\u00bb\u201e".toCharArray()) {
            FOLD[q] = '"';
        }
        FOLD['\u2013'] = '-';
        FOLD['\u2014'] = '-';
        FOLD['\u00a0'] = ' ';
        FOLD['\u202f'] = ' ';
    }

    private TextNormalizer() {
    }

    /** Folds only non-ASCII characters, for regular expressions written with accents ("devolución"). */
    static String foldNonAscii(String pattern) {
        char[] out = pattern.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 0x80 && out[i] < FOLD.length) {
                out[i] = FOLD[out[i]];
            }
        }
        return new String(out);
    }

    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < FOLD.length ? FOLD[c] : c;
        }
        return new String(out);
    }
}
