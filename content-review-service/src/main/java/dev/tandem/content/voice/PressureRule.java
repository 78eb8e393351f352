package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** PRESSURE_TACTIC: false urgency and countdowns, scarcity, confirmshaming and guilt, fear of missing out. */
final class PressureRule implements VoiceRule {

    private record Tactic(String name, List<Rx> patterns) {
    }

    private final List<Tactic> tactics = new ArrayList<>();

    PressureRule(Lexicon lexicon) {
        for (Map.Entry<String, Object> e : lexicon.section("pressure").entrySet()) {
            @SuppressWarnings("unchecked")
            List<String> patterns = (List<String>) e.getValue();
            tactics.add(new Tactic(e.getKey(), patterns.stream().map(Lexicon::rx).toList()));
        }
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        String body = draft.text();
        List<int[]> taken = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (Tactic t : tactics) {
            for (Rx rx : t.patterns()) {
                Matcher m = rx.matcher(draft);
                while (m != null && m.find()) {
                    if (m.end() == m.start() || overlapsAny(taken, m.start(), m.end())) {
                        continue;
                    }
                    taken.add(new int[] {m.start(), m.end()});
                    found.add(draft.finding("PRESSURE_TACTIC", Severity.WARNING,
                            "\"" + m.group() + "\" pressures the reader (" + t.name()
                                    + "); give the facts and let them decide.", m.start(), m.end(), null,
                            "pressure." + t.name()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Finding::start));
        out.addAll(found);
    }

    static boolean overlapsAny(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }
}
