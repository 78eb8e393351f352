package dev.tandem.content.voice;

import java.util.List;

/** One family of checks, compiled for one brand voice; implementations are immutable and thread-safe. */
interface VoiceRule {

    void check(Draft draft, List<Finding> out);

    static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    static boolean overlaps(int start, int end, java.util.regex.Pattern exception, String body) {
        if (exception == null) {
            return false;
        }
        java.util.regex.Matcher m = exception.matcher(body);
        int from = Math.max(0, start - 40);
        m.region(from, Math.min(body.length(), end + 40)).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (m.start() < end && m.end() > start) {
                return true;
            }
        }
        return false;
    }
}
