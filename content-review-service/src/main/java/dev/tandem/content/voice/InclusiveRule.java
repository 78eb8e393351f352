package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INCLUSIVE_LANGUAGE: gendered, ableist and othering words with a suggested replacement. An entry is a plain
 * {@code phrase}, or a {@code pattern} with an {@code id} for a family of phrasings ("need your boyfriend to
 * carry it", "ask your husband to set it up").
 */
final class InclusiveRule implements VoiceRule {

    private record Term(String id, Rx pattern, String suggestion, Pattern except) {
    }

    private final List<Term> terms = new ArrayList<>();

    InclusiveRule(Lexicon lexicon) {
        List<Map<String, String>> entries = Lexicon.list(lexicon.section("inclusive"), "terms");
        for (Map<String, String> e : entries) {
            String phrase = e.get("phrase");
            String except = e.get("except");
            Rx pattern = phrase != null ? Rx.of(Phrases.compile(phrase, Phrases.Inflect.NONE))
                    : Lexicon.rx(Phrases.wholeWords(e.get("pattern")));
            terms.add(new Term(phrase != null ? phrase : e.get("id"), pattern, e.get("suggestion"),
                    except == null ? null : Lexicon.regex("\\b(?:" + except + ")\\b")));
        }
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        String body = draft.text();
        List<int[]> taken = new ArrayList<>();
        for (Term t : terms) {
            Matcher m = t.pattern().matcher(draft);
            while (m != null && m.find()) {
                if (PressureRule.overlapsAny(taken, m.start(), m.end())
                        || VoiceRule.overlaps(m.start(), m.end(), t.except(), body)) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                out.add(draft.finding("INCLUSIVE_LANGUAGE", Severity.WARNING,
                        "\"" + m.group() + "\" can exclude or hurt readers; try \"" + t.suggestion() + "\".",
                        m.start(), m.end(), t.suggestion(), "inclusive." + VoiceRule.slug(t.id())));
            }
        }
    }
}
