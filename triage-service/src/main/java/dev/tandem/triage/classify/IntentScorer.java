package dev.tandem.triage.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores intents from the lexicon's weighted cues and finds several asks in one message. The body counts
 * fully, the subject half (subjects are often generic: "Order question", "Live chat"). A cue rule adds its
 * weight once, and half again for a second hit.
 */
final class IntentScorer {

    /** The score of one strong intent cue; the data files weight strong cues 1.1-1.3 and weak ones 0.4-0.6. */
    static final double STRONG_SCORE = 1.2;
    private static final double SUBJECT_WEIGHT = 0.5;
    /** Id suffix of fallback frame rules. */
    static final String FRAME_SUFFIX = ".frame";

    private IntentScorer() {
    }

    static Map<Intent, Double> scores(LanguageRules rules, String subject, String body, List<Signal> signals, TextIndex index) {
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        add(scores, rules, body, 1.0, index, false);
        if (!subject.isEmpty()) {
            add(scores, rules, subject, SUBJECT_WEIGHT, rules.index(subject), false);
        }
        if (scores.isEmpty()) {
            add(scores, rules, body, 1.0, index, true);
        }
        for (Signal s : signals) {
            if (s.type() == SignalType.PRIVACY_REQUEST) {
                scores.merge(Intent.PRIVACY_REQUEST, 2.0, Double::sum);
            } else if (s.type() == SignalType.CHURN) {
                scores.merge(Intent.CANCELLATION, 1.0, Double::sum);
            }
        }
        scores.values().removeIf(v -> v <= 0);
        return scores;
    }

    /**
     * Adds the weights of the cue rules that hit. Frame rules (id ending in {@value #FRAME_SUFFIX}: a question
     * about "the/this X" with no topic word) count only as a fallback, when no other cue hit at all.
     */
    private static void add(Map<Intent, Double> scores, LanguageRules rules, String text, double factor, TextIndex index,
                            boolean frames) {
        List<LexRule> list = rules.intents();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            if (rule.id().endsWith(FRAME_SUFFIX) != frames) {
                continue;
            }
            int hits = rule.countHits(text, rules.negation(), index, 2);
            if (hits > 0) {
                scores.merge((Intent) rule.target(), factor * rule.weight() * (hits == 1 ? 1.0 : 1.5), Double::sum);
            }
        }
    }

    /**
     * Strength (how much evidence) times margin (how clearly it beats the runner-up): a tie is never
     * confident enough for an automatic reply, and one weak cue alone is not either.
     */
    static double confidence(double top, double second) {
        double strength = Math.min(1.0, top / STRONG_SCORE);
        double margin = (top - second) / top;
        return Math.min(0.97, 0.25 + 0.3 * strength + 0.4 * margin * strength);
    }

    /**
     * Several asks: an explicit cue ("two things", "also, can you"), or a soft cue / several questions
     * together with at least two separate strong intents (pairs the lexicon declares compatible, like
     * delivery cost = SHIPPING + PRICING, count as one ask).
     */
    static Optional<Signal> multipleAsks(Lexicon lexicon, LanguageRules rules, String body, String originalBody,
                                         Map<Intent, Double> scores, TextIndex index) {
        List<Intent> strong = new ArrayList<>();
        scores.forEach((intent, score) -> {
            if (score >= 1.0 && intent != Intent.PRAISE && intent != Intent.OTHER) {
                strong.add(intent);
            }
        });
        int asks = strong.size();
        for (List<Intent> pair : lexicon.compatibleIntents()) {
            if (strong.containsAll(pair)) {
                asks--;
            }
        }
        List<LexRule> list = rules.multiAsk();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            int[] hit = rule.firstHit(body, rules.negation(), index);
            if (hit != null && (rule.weight() >= 1.0 || asks >= 2)) {
                return Optional.of(new Signal(SignalType.MULTIPLE_ASKS, Math.min(1.0, 0.6 + 0.15 * asks),
                        originalBody.substring(hit[0], hit[1]), rule.id()));
            }
        }
        long questions = body.chars().filter(c -> c == '?').count();
        if (asks >= 2 && questions >= 2) {
            return Optional.of(new Signal(SignalType.MULTIPLE_ASKS, 0.7, questions + " questions about " + strong,
                    rules.language() + ".derived.questions"));
        }
        return Optional.empty();
    }
}
