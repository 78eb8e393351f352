package dev.tandem.triage.classify;

import java.util.List;
import java.util.Map;

/**
 * Sentiment from the lexicon's weighted phrases (a negated phrase counts half, reversed), emoji, and
 * shouting (words in capitals), squashed into -1..1.
 */
final class SentimentScorer {

    private SentimentScorer() {
    }

    /** Result: the score and how many words were shouted. */
    record Result(double score, int shouted, String shoutedEvidence) {
    }

    static Result score(Lexicon lexicon, LanguageRules rules, String masked, String original, TextIndex index) {
        double[] sum = {0};
        List<LexRule> list = rules.sentiment();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            int[] hits = {0};
            rule.forEachHit(masked, index, 3, (start, end) -> {
                if (hits[0]++ < 3) {
                    boolean negated = rule.negatable() && rules.negation().negates(masked, start);
                    sum[0] += negated ? -0.5 * rule.weight() : rule.weight();
                }
            });
        }
        return finish(lexicon, sum[0], original);
    }

    private static Result finish(Lexicon lexicon, double sum, String original) {
        for (Map.Entry<String, Double> e : lexicon.emoji().entrySet()) {
            if (original.contains(e.getKey())) {
                sum += e.getValue();
            }
        }
        int shouted = 0;
        String evidence = null;
        int i = 0;
        int n = original.length();
        while (i < n) {
            while (i < n && !Character.isLetter(original.charAt(i))) {
                i++;
            }
            int start = i;
            boolean upper = true;
            while (i < n && Character.isLetter(original.charAt(i))) {
                upper &= Character.isUpperCase(original.charAt(i));
                i++;
            }
            if (upper && i - start >= 4 && !lexicon.shoutingAllowList().contains(original.substring(start, i))) {
                shouted++;
                evidence = evidence == null ? original.substring(start, i) : evidence;
            }
        }
        if (sum < 0 || shouted >= 3) {
            sum -= 0.25 * Math.min(shouted, 3);
            if (original.contains("!!") || original.contains("?!")) {
                sum *= 1.2;
            }
        }
        return new Result(Math.tanh(sum / 1.2), shouted, evidence);
    }
}
