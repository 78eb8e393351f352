package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * MISSING_AI_DISCLOSURE: AI-written copy on a channel the brand lists must carry an accepted phrase or a
 * clear equivalent (in any of the languages the lexicon knows).
 */
final class DisclosureRule implements VoiceRule {

    private final Set<String> channels = new HashSet<>();
    private final List<String> accepted = new ArrayList<>();
    private final List<Rx> equivalents;
    private final String suggestion;

    DisclosureRule(AiDisclosureRule rule, Lexicon lexicon) {
        if (rule != null && rule.requiredChannels() != null) {
            rule.requiredChannels().forEach(c -> channels.add(c.trim().toUpperCase(Locale.ROOT)));
        }
        if (rule != null && rule.acceptedPhrases() != null) {
            rule.acceptedPhrases().stream().filter(p -> p != null && !p.isBlank()).forEach(p -> accepted.add(normalize(p)));
        }
        suggestion = accepted.isEmpty() ? "Written with help from AI." : rule.acceptedPhrases().get(0);
        equivalents = Lexicon.<String>list(lexicon.section("disclosure"), "equivalents").stream()
                .map(Lexicon::rx).toList();
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        CheckInput in = draft.input();
        if (in.origin() != Origin.AI || in.channel() == null || !channels.contains(in.channel().name())) {
            return;
        }
        String body = draft.body();
        String normalized = normalize(body);
        for (String phrase : accepted) {
            if (normalized.contains(phrase)) {
                return;
            }
        }
        for (Rx p : equivalents) {
            if (p.find(draft)) {
                return;
            }
        }
        int start = 0;
        int end = body.length();
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        out.add(draft.finding("MISSING_AI_DISCLOSURE", Severity.ERROR,
                "AI-written " + in.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " copy must say so; add an accepted disclosure such as \"" + suggestion + "\".",
                start, end, suggestion, "disclosure.ai"));
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return " " + NOT_WORD.matcher(lower).replaceAll(" ").trim() + " ";
    }
}
