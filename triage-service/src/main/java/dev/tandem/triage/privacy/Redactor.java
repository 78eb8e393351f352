package dev.tandem.triage.privacy;

import dev.tandem.triage.routing.Trigger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes e-mail addresses and phone numbers from text that leaves the service in events. */
public final class Redactor {

    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";

    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** A run of digits with the usual separators; it is a phone number when it holds 7 to 15 digits. */
    private static final Pattern PHONE_CANDIDATE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().\\-/]{5,}\\d(?!\\w)");

    private Redactor() {
    }

    /** The triggers with their details (which may quote the customer) redacted. */
    public static List<Trigger> redact(List<Trigger> triggers) {
        return triggers.stream().map(t -> new Trigger(t.code(), redact(t.detail()))).toList();
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // most messages hold neither; the cheap checks spare them both regular expressions
        String withoutEmail = text.indexOf('@') < 0 ? text : EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
        if (digits(withoutEmail) < 7) {
            return withoutEmail;
        }
        Matcher matcher = PHONE_CANDIDATE.matcher(withoutEmail);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String candidate = matcher.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            boolean phone = digits >= 7 && digits <= 15 && !candidate.matches("\\d{4}-\\d{2}-\\d{2}");
            matcher.appendReplacement(out, Matcher.quoteReplacement(phone ? PHONE : candidate));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
