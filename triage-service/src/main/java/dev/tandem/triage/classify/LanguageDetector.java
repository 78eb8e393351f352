package dev.tandem.triage.classify;

import java.util.Map;

/**
 * Picks the lexicon language: the stated one, unless the words clearly belong to another supported
 * language; with no (or an unsupported) stated language, the language whose stopwords occur most.
 */
final class LanguageDetector {

    private LanguageDetector() {
    }

    static String detect(Lexicon lexicon, String normalized, String stated) {
        Map<String, LanguageRules> languages = lexicon.languages();
        String statedCode = stated == null ? null : stated.trim().toLowerCase();
        if (statedCode != null && statedCode.length() > 2) {
            statedCode = statedCode.substring(0, 2);
        }
        LanguageRules[] all = languages.values().toArray(new LanguageRules[0]);
        int[] counts = count(all, normalized);
        String best = null;
        int bestCount = 0;
        int statedCount = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i].language().equals(statedCode)) {
                statedCount = counts[i];
            }
            if (counts[i] > bestCount || (counts[i] == bestCount && counts[i] > 0 && all[i].language().equals(lexicon.defaultLanguage()))) {
                best = all[i].language();
                bestCount = counts[i];
            }
        }
        if (statedCode != null && languages.containsKey(statedCode)) {
            boolean clearlyOther = best != null && !best.equals(statedCode)
                    && bestCount >= 3 && bestCount >= 3 * Math.max(1, statedCount);
            return clearlyOther ? best : statedCode;
        }
        return best == null ? lexicon.defaultLanguage() : best;
    }

    /** Stopword hits per language, in one pass over the words. */
    private static int[] count(LanguageRules[] languages, String text) {
        int[] counts = new int[languages.length];
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                for (int k = 0; k < languages.length; k++) {
                    if (languages[k].stopwords().contains(word)) {
                        counts[k]++;
                    }
                }
            }
        }
        return counts;
    }
}
