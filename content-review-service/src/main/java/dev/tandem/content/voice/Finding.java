package dev.tandem.content.voice;

/**
 * One explainable finding: {@code start}/{@code end} are character offsets into the body and
 * {@code match} is {@code body.substring(start, end)}.
 */
public record Finding(String code, Severity severity, String message, int start, int end, String match,
                      String suggestion, String ruleId) {
}
