package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies one imported Vale rule ({@link CustomRule}) the way Vale would. */
final class CustomRuleCheck implements VoiceRule {

    private record Swap(Pattern pattern, String replacement) {
    }

    private static final Pattern PARAGRAPH = Pattern.compile("\\S(?:.|\\n(?!\\s*\\n))*");

    private final CustomRule rule;
    private final Pattern tokens;
    private final List<Swap> swaps = new ArrayList<>();
    private final Set<String> exceptions;

    CustomRuleCheck(CustomRule rule) {
        this.rule = rule;
        int flags = rule.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        tokens = rule.tokens().isEmpty() ? null : Pattern.compile(wrap(String.join("|", rule.tokens()), rule.nonword()), flags);
        for (Map.Entry<String, String> e : rule.swap().entrySet()) {
            swaps.add(new Swap(Pattern.compile(wrap(e.getKey(), rule.nonword()), flags), e.getValue()));
        }
        exceptions = TextStats.lower(rule.exceptions());
    }

    static String wrap(String alternatives, boolean nonword) {
        return nonword ? "(?:" + alternatives + ")" : "(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])";
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        switch (rule.kind().toLowerCase(Locale.ROOT)) {
            case "existence" -> existence(draft, out);
            case "substitution" -> substitution(draft, out);
            case "occurrence" -> occurrence(draft, out);
            default -> { }
        }
    }

    private void existence(Draft draft, List<Finding> out) {
        if (tokens == null) {
            return;
        }
        Matcher m = tokens.matcher(draft.text());
        while (m.find()) {
            if (m.end() > m.start() && !exceptions.contains(m.group().toLowerCase(Locale.ROOT))) {
                out.add(draft.finding(rule.code(), rule.severity(), format(m.group()), m.start(), m.end(), null, rule.id()));
            }
        }
    }

    private void substitution(Draft draft, List<Finding> out) {
        List<int[]> taken = new ArrayList<>();
        for (Swap s : swaps) {
            Matcher m = s.pattern().matcher(draft.text());
            while (m.find()) {
                if (m.end() == m.start() || PressureRule.overlapsAny(taken, m.start(), m.end())
                        || exceptions.contains(m.group().toLowerCase(Locale.ROOT))
                        || java.util.Arrays.stream(s.replacement().split("\\|"))
                                .anyMatch(r -> r.trim().equalsIgnoreCase(m.group()))) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                String suggestion = s.replacement().split("\\|")[0].trim();
                out.add(draft.finding(rule.code(), rule.severity(), format(s.replacement(), m.group()), m.start(), m.end(),
                        suggestion, rule.id()));
            }
        }
    }

    private void occurrence(Draft draft, List<Finding> out) {
        if (tokens == null) {
            return;
        }
        for (int[] scope : scopes(draft)) {
            Matcher m = tokens.matcher(draft.text()).region(scope[0], scope[1]);
            int count = 0;
            int overStart = -1;
            while (m.find()) {
                count++;
                if (rule.max() >= 0 && count == rule.max() + 1) {
                    overStart = m.start();
                }
            }
            boolean tooMany = rule.max() >= 0 && count > rule.max();
            boolean tooFew = rule.min() > 0 && count < rule.min();
            if (tooMany || tooFew) {
                int start = tooMany ? overStart : scope[0];
                out.add(draft.finding(rule.code(), rule.severity(), format(String.valueOf(count)), start, scope[1], null,
                        rule.id()));
            }
        }
    }

    private List<int[]> scopes(Draft draft) {
        List<int[]> scopes = new ArrayList<>();
        String scope = rule.scope().toLowerCase(Locale.ROOT);
        if (scope.startsWith("sentence")) {
            draft.sentences().forEach(s -> scopes.add(new int[] {s.start(), s.end()}));
        } else if (scope.startsWith("paragraph")) {
            Matcher m = PARAGRAPH.matcher(draft.text());
            while (m.find()) {
                scopes.add(new int[] {m.start(), m.end()});
            }
        } else {
            scopes.add(new int[] {0, draft.body().length()});
        }
        return scopes;
    }

    private String format(String... args) {
        String message = rule.message() == null || rule.message().isBlank() ? "'%s' breaks rule " + rule.id() : rule.message();
        try {
            int placeholders = message.split("%s", -1).length - 1;
            Object[] values = new Object[placeholders];
            for (int i = 0; i < placeholders; i++) {
                values[i] = i < args.length ? args[i] : args[args.length - 1];
            }
            return String.format(Locale.ROOT, message.replaceAll("%(?!s)", "%%"), values);
        } catch (RuntimeException e) {
            return message;
        }
    }
}
