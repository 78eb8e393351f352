package dev.tandem.content.voice;

import java.util.List;

/**
 * One input under check, with what every rule needs computed once: {@code text} is the body with typographic
 * apostrophes made plain (same length, so offsets still point into the body), {@code lower} its lower case.
 */
record Draft(CheckInput input, String body, String text, String lower, TextStats stats) {

    Draft(CheckInput input, String body, TextStats stats) {
        this(input, body, plain(body), plain(body).toLowerCase(java.util.Locale.ROOT), stats);
    }

    static String plain(String body) {
        return body.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
    }

    List<TextStats.Sentence> sentences() {
        return stats.sentences();
    }

    Finding finding(String code, Severity severity, String message, int start, int end, String suggestion,
                    String ruleId) {
        return new Finding(code, severity, message, start, end, body.substring(start, end), suggestion, ruleId);
    }
}
