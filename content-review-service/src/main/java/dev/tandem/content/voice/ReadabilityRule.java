package dev.tandem.content.voice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * READABILITY: Flesch–Kincaid grade of the body clearly above the brand's maximum (by a margin that shrinks as
 * the copy gets longer and the grade more reliable); the span is the hardest sentence.
 */
final class ReadabilityRule implements VoiceRule {

    private final double maxGrade;
    private final int minWords;
    private final List<Map<String, Object>> margins;

    ReadabilityRule(double maxGrade, Lexicon lexicon) {
        this.maxGrade = maxGrade;
        Map<String, Object> section = lexicon.section("readability");
        this.minWords = ((Number) section.get("minWords")).intValue();
        this.margins = Lexicon.list(section, "margins");
    }

    double margin(int words) {
        for (Map<String, Object> m : margins) {
            if (words <= ((Number) m.get("maxWords")).intValue()) {
                return ((Number) m.get("margin")).doubleValue();
            }
        }
        return 0;
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        TextStats stats = draft.stats();
        double grade = stats.grade();
        if (maxGrade <= 0 || stats.words() < minWords || grade <= maxGrade + margin(stats.words())) {
            return;
        }
        TextStats.Sentence hardest = null;
        for (TextStats.Sentence s : stats.sentences()) {
            if (hardest == null || s.grade() > hardest.grade()) {
                hardest = s;
            }
        }
        String message = String.format(Locale.ROOT,
                "Reading grade %.1f is above this brand's maximum of %.1f; the hardest sentence reads at grade %.1f. "
                        + "Use shorter sentences and plainer words.", grade, maxGrade, hardest.grade());
        out.add(draft.finding("READABILITY", Severity.WARNING, message, hardest.start(), hardest.end(),
                "Split this sentence and use shorter words", "readability.grade"));
    }
}
