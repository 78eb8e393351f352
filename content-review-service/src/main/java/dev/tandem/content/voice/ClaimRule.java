package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UNSUPPORTED_CLAIM: superlatives and absolutes ("#1", "guaranteed to", "in any conditions", "unparalleled"),
 * and statistics ("4 out of 5 guides", "73% of hikers") and health claims ("cures sore feet", "improves
 * circulation") or environmental claims ("carbon-neutral", "eco-friendly") without a source named in the same or
 * the previous sentence.
 */
final class ClaimRule implements VoiceRule {

    private static final int ABSOLUTE = 0;
    private static final int STATISTIC = 1;
    private static final int HEALTH = 2;
    private static final int ENVIRONMENT = 3;
    private static final String[] RULE_IDS = {"claims.absolute", "claims.statistic", "claims.health", "claims.environment"};

    private final List<Rx> absolutes;
    private final Rx hundredPercent;
    private final Pattern hundredPercentFine;
    private final List<Rx> statistics;
    private final List<Rx> health;
    private final List<Rx> environment;
    private final Pattern attribution;
    private final Pattern vagueSources;

    ClaimRule(Lexicon lexicon) {
        Map<String, Object> claims = lexicon.section("claims");
        absolutes = Lexicon.<String>list(claims, "absolutes").stream().map(Lexicon::rx).toList();
        hundredPercent = Lexicon.rx(Lexicon.string(claims, "hundredPercent"));
        hundredPercentFine = Lexicon.regex(Lexicon.string(claims, "hundredPercentFine"));
        statistics = Lexicon.<String>list(claims, "statistics").stream().map(Lexicon::rx).toList();
        health = Lexicon.<String>list(claims, "health").stream().map(Lexicon::rx).toList();
        environment = Lexicon.<String>list(claims, "environment").stream().map(Lexicon::rx).toList();
        attribution = Lexicon.regex(Lexicon.string(claims, "attribution"));
        vagueSources = Lexicon.regex(Lexicon.string(claims, "vagueSources"));
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        String body = draft.text();
        List<int[]> spans = new ArrayList<>();
        for (Rx p : absolutes) {
            Matcher m = p.matcher(draft);
            while (m != null && m.find()) {
                add(spans, m.start(), m.end(), ABSOLUTE);
            }
        }
        Matcher h = hundredPercent.matcher(draft);
        while (h != null && h.find()) {
            String rest = body.substring(h.end(), Math.min(body.length(), h.end() + 60));
            if (!hundredPercentFine.matcher(rest).lookingAt()) {
                add(spans, h.start(), h.end(), ABSOLUTE);
            }
        }
        addUnsourced(draft, statistics, spans, STATISTIC);
        addUnsourced(draft, health, spans, HEALTH);
        addUnsourced(draft, environment, spans, ENVIRONMENT);
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] s : spans) {
            String match = body.substring(s[0], s[1]);
            String message = switch (s[2]) {
                case STATISTIC -> "\"" + match + "\" is a statistic with no source in the text; name the source or drop it.";
                case HEALTH -> "\"" + match + "\" is a health claim with no source in the text; name the study or drop it.";
                case ENVIRONMENT -> "\"" + match + "\" is an environmental claim with no source in the text; name the "
                        + "certifier or report, or drop it.";
                default -> "\"" + match + "\" is an absolute or superlative claim the copy cannot back up.";
            };
            out.add(draft.finding("UNSUPPORTED_CLAIM", Severity.ERROR, message, s[0], s[1],
                    s[2] == ABSOLUTE ? null : "Name the source, e.g. \"according to our 2024 customer survey\"",
                    RULE_IDS[s[2]]));
        }
    }

    private void addUnsourced(Draft draft, List<Rx> patterns, List<int[]> spans, int kind) {
        for (Rx p : patterns) {
            Matcher m = p.matcher(draft);
            while (m != null && m.find()) {
                if (!sourced(draft, m.start(), m.end())) {
                    add(spans, m.start(), m.end(), kind);
                }
            }
        }
    }

    private boolean sourced(Draft draft, int start, int end) {
        String body = draft.text();
        if (vagueSources.matcher(body.substring(start, end)).find()) {
            return false;
        }
        List<TextStats.Sentence> sentences = draft.sentences();
        int from = start;
        int to = end;
        for (int i = 0; i < sentences.size(); i++) {
            TextStats.Sentence s = sentences.get(i);
            if (start >= s.start() && start < s.end()) {
                from = i > 0 ? sentences.get(i - 1).start() : s.start();
                to = Math.max(end, s.end());
                break;
            }
        }
        Matcher m = attribution.matcher(body).region(from, to);
        while (m.find()) {
            if (!vagueSources.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<int[]> spans, int start, int end, int kind) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                s[0] = Math.min(s[0], start);
                s[1] = Math.max(s[1], end);
                return;
            }
        }
        spans.add(new int[] {start, end, kind});
    }
}
