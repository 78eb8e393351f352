package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** BANNED_PHRASE: the brand's banned phrases as whole words, any case, with inflections ("cheaper", "HACKS"). */
final class BannedPhraseRule implements VoiceRule {

    private record Banned(String phrase, Rx pattern, String alternative) {
    }

    private final List<Banned> banned = new ArrayList<>();

    BannedPhraseRule(List<String> phrases, Lexicon lexicon) {
        Map<String, Object> alternatives = lexicon.section("bannedAlternatives");
        for (String phrase : phrases) {
            if (phrase == null || phrase.isBlank()) {
                continue;
            }
            Object alt = alternatives.get(phrase.trim().toLowerCase(Locale.ROOT));
            banned.add(new Banned(phrase.trim(), Rx.of(Phrases.compile(phrase, Phrases.Inflect.ALL)),
                    alt == null ? null : alt.toString()));
        }
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        for (Banned b : banned) {
            Matcher m = b.pattern().matcher(draft);
            while (m != null && m.find()) {
                String message = "\"" + m.group() + "\" is a banned phrase in this brand voice"
                        + (b.alternative() == null ? "." : "; say \"" + b.alternative() + "\" or rephrase.");
                out.add(draft.finding("BANNED_PHRASE", Severity.ERROR, message, m.start(), m.end(), b.alternative(),
                        "banned." + VoiceRule.slug(b.phrase())));
            }
        }
    }
}
