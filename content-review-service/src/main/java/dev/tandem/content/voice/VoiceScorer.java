package dev.tandem.content.voice;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voice score (0–100): {@code 50 + 50 × closeness − penalties}, where closeness blends the draft's style
 * (sentence length, word length, contractions, talking to "you") and vocabulary against the brand's
 * on-voice examples, and each finding costs points by severity (ERROR 12, WARNING 6, SUGGESTION 2). More
 * findings never raise the score; closer style and wording never lower it.
 */
final class VoiceScorer {

    static final int ERROR_COST = 12;
    static final int WARNING_COST = 6;
    static final int SUGGESTION_COST = 2;

    private static final Pattern CONTRACTION = Pattern.compile("(?i)\\b\\p{L}+['\u2019](?:ll|re|ve|d|s|t|m)\\b");
    private static final Pattern YOU = Pattern.compile("(?i)\\b(?:you|your|yours|yourself)\\b");

    /** Style of a text: words per sentence, syllables per word, contractions and "you" per 100 words. */
    record Style(double wordsPerSentence, double syllablesPerWord, double contractions, double you) {
    }

    /** The parts of one score, for explanations. */
    record Breakdown(double styleCloseness, double lexicalCloseness, int penalty, int score) {
    }

    private final Set<String> stopwords;
    private final Set<String> abbreviations;
    private final Style target;
    private final Map<String, Double> profile;
    private final double profileNorm;

    VoiceScorer(List<String> examples, Lexicon lexicon, Set<String> abbreviations) {
        this.stopwords = TextStats.lower(Lexicon.list(lexicon.section("text"), "stopwords"));
        this.abbreviations = abbreviations;
        if (examples == null || examples.isEmpty()) {
            target = new Style(14, 1.35, 2.5, 4);
            profile = Map.of();
        } else {
            String joined = String.join("\n\n", examples);
            target = style(joined, TextStats.of(joined, abbreviations));
            profile = vector(joined);
        }
        profileNorm = Math.sqrt(profile.values().stream().mapToDouble(v -> v * v).sum());
    }

    Breakdown score(Draft draft, List<Finding> findings) {
        Style s = style(draft.body(), draft.stats());
        double styleCloseness = (near(s.wordsPerSentence(), target.wordsPerSentence(), 8)
                + near(s.syllablesPerWord(), target.syllablesPerWord(), 0.25)
                + near(s.contractions(), target.contractions(), 4)
                + near(s.you(), target.you(), 5)) / 4;
        double lexical = Math.min(1, cosine(vector(draft.body())) / 0.2);
        double closeness = draft.stats().words() == 0 ? 0 : 0.7 * styleCloseness + 0.3 * lexical;
        int penalty = 0;
        for (Finding f : findings) {
            penalty += switch (f.severity()) {
                case ERROR -> ERROR_COST;
                case WARNING -> WARNING_COST;
                case SUGGESTION -> SUGGESTION_COST;
            };
        }
        int score = (int) Math.round(50 + 50 * closeness - penalty);
        return new Breakdown(styleCloseness, lexical, penalty, Math.max(0, Math.min(100, score)));
    }

    private static double near(double value, double target, double scale) {
        return Math.exp(-Math.abs(value - target) / scale);
    }

    private static Style style(String text, TextStats stats) {
        int words = Math.max(1, stats.words());
        int sentences = Math.max(1, stats.sentences().size());
        int syllables = stats.sentences().stream().mapToInt(TextStats.Sentence::syllables).sum();
        return new Style((double) words / sentences, (double) syllables / words,
                count(CONTRACTION, text) * 100.0 / words, count(YOU, text) * 100.0 / words);
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        Matcher m = TextStats.WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0))) {
                continue;
            }
            v.merge(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w, 1.0, Double::sum);
        }
        return v;
    }

    private double cosine(Map<String, Double> v) {
        if (profileNorm == 0 || v.isEmpty()) {
            return 0;
        }
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            dot += e.getValue() * profile.getOrDefault(e.getKey(), 0.0);
            norm += e.getValue() * e.getValue();
        }
        return dot / (Math.sqrt(norm) * profileNorm);
    }
}
