package dev.tandem.content.voice;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SENSITIVE_TOPIC: tragedy, disaster, war, death, politics or a health crisis in copy that also sells or
 * promotes something. Idioms ("Death Valley", "price war", "attack the climb") are not news.
 */
final class SensitiveTopicRule implements VoiceRule {

    private final List<Rx> topics;
    private final Pattern exceptions;
    private final Pattern promotion;

    SensitiveTopicRule(Lexicon lexicon) {
        Map<String, Object> section = lexicon.section("sensitive");
        topics = Lexicon.<String>list(section, "topics").stream().map(Lexicon::rx).toList();
        exceptions = Lexicon.regex(Lexicon.string(section, "exceptions"));
        promotion = Lexicon.regex(Lexicon.string(section, "promotion"));
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        String body = draft.text();
        Matcher first = null;
        for (Rx topic : topics) {
            Matcher m = topic.matcher(draft);
            while (m != null && m.find()) {
                if (!VoiceRule.overlaps(m.start(), m.end(), exceptions, body) && (first == null || m.start() < first.start())) {
                    first = m;
                    break;
                }
            }
        }
        if (first == null) {
            return;
        }
        Matcher promo = promotion.matcher(body);
        if (!promo.find()) {
            return;
        }
        out.add(draft.finding("SENSITIVE_TOPIC", Severity.ERROR,
                "\"" + first.group() + "\" ties a sensitive real-world event to a promotion (\"" + promo.group()
                        + "\"); this needs senior review or a rewrite without the sales hook.",
                first.start(), first.end(), "Remove the promotion or the reference to the event", "sensitive.topic"));
    }
}
