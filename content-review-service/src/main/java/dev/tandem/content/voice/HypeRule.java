package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HYPE_TONE: exclamation marks over the brand's rate (never for a single one), shouted all-caps words (not
 * acronyms such as USB-C, UPF 50, GPS, LED) and hype words ("insane", "mind-blowing"; weaker ones such as
 * "amazing" only in an exclaimed sentence) and hype styles such as staccato one-word sentences ("Best. Tent.
 * Ever.") or stacked comparatives ("bigger, bolder, brighter").
 */
final class HypeRule implements VoiceRule {

    /** What may sit between two shouted words for them to count as one run ("CAMP HACKS YOU NEED TO KNOW"). */
    private static final Pattern CAPS_GAP = Pattern.compile("[\\s\\p{Lu}\\p{N},'\u2019:-]*");

    private static final Pattern CODE_BEFORE = Pattern.compile("(?:\\d\\s+|\\(|/)$");
    private static final Pattern CODE_AFTER = Pattern.compile("\\)|/\\p{Lu}|-\\p{Ll}|\\s+\\p{Lu}{1,3}\\d");

    private final double maxPer100;
    private final Set<String> acronyms;
    private final Set<String> shortShouts;
    private final Rx words;
    private final Rx weakWords;
    private final List<Rx> styles;
    private final java.util.regex.Pattern intensified;

    HypeRule(double maxPer100, String brandName, Lexicon lexicon) {
        this.maxPer100 = maxPer100;
        Map<String, Object> hype = lexicon.section("hype");
        acronyms = upper(Lexicon.list(hype, "acronyms"));
        if (brandName != null) {
            for (String w : brandName.split("[^\\p{L}\\p{N}]+")) {
                acronyms.add(w.toUpperCase(Locale.ROOT));
            }
        }
        shortShouts = upper(Lexicon.list(hype, "shortShouts"));
        words = phrases(Lexicon.list(hype, "words"));
        weakWords = phrases(Lexicon.list(hype, "weakWords"));
        styles = Lexicon.<String>list(hype, "styles").stream().map(Lexicon::rx).toList();
        List<String> boosts = Lexicon.list(hype, "intensifiers");
        intensified = java.util.regex.Pattern.compile("\\b(?:" + String.join("|", boosts.stream()
                .map(java.util.regex.Pattern::quote).toList()) + ")\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        exclamations(draft, out);
        shouting(draft, out);
        Matcher m = words.matcher(draft);
        while (m != null && m.find()) {
            out.add(draft.finding("HYPE_TONE", Severity.WARNING, "\"" + m.group() + "\" is hype; describe what the product does instead.",
                    m.start(), m.end(), null, "hype.word"));
        }
        for (Rx style : styles) {
            m = style.matcher(draft);
            while (m != null && m.find()) {
                out.add(draft.finding("HYPE_TONE", Severity.WARNING, "\"" + m.group() + "\" is written as hype; say it plainly.",
                        m.start(), m.end(), null, "hype.style"));
            }
        }
        m = weakWords.matcher(draft);
        while (m != null && m.find()) {
            TextStats.Sentence s = draft.stats().sentenceAt(m.start());
            String before = draft.body().substring(Math.max(0, m.start() - 20), m.start());
            if (intensified.matcher(before).find()) {
                out.add(draft.finding("HYPE_TONE", Severity.WARNING,
                        "\"" + m.group() + "\" with an intensifier is hype; describe what the product does instead.",
                        m.start(), m.end(), null, "hype.word"));
            } else if (s != null && draft.body().substring(s.start(), s.end()).indexOf('!') >= 0) {
                out.add(draft.finding("HYPE_TONE", Severity.SUGGESTION,
                        "\"" + m.group() + "\" with an exclamation mark reads as hype; be specific.",
                        m.start(), m.end(), null, "hype.word"));
            }
        }
    }

    private void exclamations(Draft draft, List<Finding> out) {
        String body = draft.body();
        int count = 0;
        for (int i = 0; i < body.length(); i++) {
            count += body.charAt(i) == '!' ? 1 : 0;
        }
        int words = Math.max(1, draft.stats().words());
        double rate = count * 100.0 / words;
        int run = body.indexOf("!!");
        if (count < 2 || (rate <= maxPer100 && run < 0)) {
            return;
        }
        TextStats.Sentence worst = null;
        int worstCount = 0;
        for (TextStats.Sentence s : draft.sentences()) {
            int c = (int) body.substring(s.start(), s.end()).chars().filter(ch -> ch == '!').count();
            if (c > worstCount) {
                worst = s;
                worstCount = c;
            }
        }
        int start = worst == null ? body.indexOf('!') : worst.start();
        int end = worst == null ? start + 1 : worst.end();
        String message = rate > maxPer100
                ? String.format(Locale.ROOT, "%d exclamation marks in %d words (%.1f per 100; this brand allows %.1f). "
                        + "Let the facts carry the excitement.", count, words, rate, maxPer100)
                : "Stacked exclamation marks (\"!!\") read as hype, even in long copy.";
        out.add(draft.finding("HYPE_TONE", Severity.WARNING, message, start, end, null, "hype.exclamations"));
    }

    private void shouting(Draft draft, List<Finding> out) {
        String body = draft.body();
        List<int[]> runs = new ArrayList<>();
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (!Character.isUpperCase(c) || (i > 0 && Character.isLetterOrDigit(body.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && (Character.isUpperCase(body.charAt(end)) || Character.isDigit(body.charAt(end))
                    || "'\u2019&/-".indexOf(body.charAt(end)) >= 0)) {
                end++;
            }
            while (end > i + 1 && !Character.isUpperCase(body.charAt(end - 1))) {
                end--;
            }
            boolean word = end > i + 1 && (end >= n || !Character.isLetterOrDigit(body.charAt(end)));
            if (word && shouted(body.substring(i, end)) && !codeLike(draft, i, end)) {
                int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && CAPS_GAP.matcher(body).region(last[1], i).matches()) {
                    last[1] = end;
                } else {
                    runs.add(new int[] {i, end});
                }
            }
            i = Math.max(end, i + 1);
        }
        for (int[] r : runs) {
            String text = body.substring(r[0], r[1]);
            String calm = text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
            out.add(draft.finding("HYPE_TONE", Severity.WARNING, "\"" + text + "\" is shouting; use normal capitals.",
                    r[0], r[1], calm, "hype.shouting"));
        }
    }

    private boolean shouted(String token) {
        String word = token.replaceAll("['\u2019]S$", "");
        if (word.chars().anyMatch(Character::isDigit) || acronyms.contains(word)
                || (word.endsWith("S") && acronyms.contains(word.substring(0, word.length() - 1)))) {
            return false;
        }
        for (String part : word.split("[-/&]")) {
            if (!part.isEmpty() && acronyms.contains(part) && word.length() <= 8) {
                return false;
            }
        }
        long letters = word.chars().filter(Character::isLetter).count();
        return letters >= 4 || shortShouts.contains(word);
    }

    /**
     * A short capitalised token used as a standard, rating or body name rather than shouted: no vowels ("NSF"),
     * codes joined by a slash ("NSF/ANSI"), after a number ("6 UIAA falls"), in parentheses, before a code
     * ("ANSI Z87.1") or a lower-case compound ("CSA-approved"). Never in an exclaimed sentence.
     */
    private boolean codeLike(Draft draft, int start, int end) {
        String body = draft.body();
        String word = body.substring(start, end);
        if (shortShouts.contains(word)) {
            return false;
        }
        for (String part : word.split("/")) {
            if (part.length() > 5) {
                return false;
            }
        }
        TextStats.Sentence s = draft.stats().sentenceAt(start);
        if (s != null && body.substring(s.start(), s.end()).indexOf('!') >= 0) {
            return false;
        }
        if (word.indexOf('/') > 0 || word.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0)) {
            return true;
        }
        return CODE_BEFORE.matcher(body.substring(Math.max(0, start - 8), start)).find()
                || CODE_AFTER.matcher(body.substring(end, Math.min(body.length(), end + 10))).lookingAt();
    }

    private static Set<String> upper(List<String> items) {
        Set<String> out = new java.util.HashSet<>();
        items.forEach(i -> out.add(i.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static Rx phrases(List<String> items) {
        return Lexicon.rx(Phrases.anyOf(items, Phrases.Inflect.NONE));
    }
}
