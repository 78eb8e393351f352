package dev.tandem.triage.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out the possible first two characters of a lexicon pattern, so a pattern whose start cannot occur
 * in a message is not run at all (most of a lexicon never matches a given message). Understands literals,
 * character classes of literals, groups with alternatives and the quantifiers ?, *, +, {m,n}; anything else
 * (\w, ., \p{..}) ends the prefix. Returns null when no useful prefix exists (the pattern always runs).
 */
final class RegexPrefixes {

    static final int LENGTH = 2;
    private static final int MAX_PREFIXES = 256;

    private RegexPrefixes() {
    }

    /** Marks a prefix after which the pattern is not known any more (so nothing may be appended to it). */
    private static final char CUT = '\uFFFF';

    /** Prefixes of length 1 or 2, or null when unknown. */
    static Set<String> of(String regex) {
        Set<String> raw = expand(regex, "", new HashSet<>());
        if (raw == null || raw.size() > MAX_PREFIXES) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String p : raw) {
            String clean = p.replace(String.valueOf(CUT), "");
            if (clean.isEmpty()) {
                return null;
            }
            out.add(clean);
        }
        return out;
    }

    /**
     * Adds to {@code out} every prefix (up to {@link #LENGTH}) of the strings {@code regex} matches, each
     * preceded by {@code acc}; a prefix ending in {@link #CUT} stops where the pattern stops being literal.
     */
    private static Set<String> expand(String regex, String acc, Set<String> out) {
        if (acc.length() >= LENGTH) {
            out.add(acc.substring(0, LENGTH));
            return out;
        }
        List<String> alternatives = splitTop(regex);
        if (alternatives.size() > 1) {
            for (String alt : alternatives) {
                if (expand(alt, acc, out) == null) {
                    return null;
                }
            }
            return out;
        }
        if (regex.isEmpty()) {
            out.add(acc);
            return out;
        }
        int[] atomEnd = new int[1];
        Set<String> atom = atom(regex, atomEnd);
        int i = atomEnd[0];
        char q = i < regex.length() ? regex.charAt(i) : 0;
        boolean optional = q == '?' || q == '*' || (q == '{' && regex.startsWith("{0", i));
        int afterQuant = i;
        if (q == '?' || q == '*' || q == '+') {
            afterQuant = i + 1;
        } else if (q == '{') {
            afterQuant = regex.indexOf('}', i) + 1;
        }
        if (afterQuant < regex.length() && (regex.charAt(afterQuant) == '?' || regex.charAt(afterQuant) == '+')) {
            afterQuant++;
        }
        String rest = regex.substring(afterQuant);
        boolean repeats = q == '*' || q == '+' || q == '{';
        if (atom == null) {
            out.add(acc + CUT);
            return out;
        }
        for (String a : atom) {
            boolean cut = !a.isEmpty() && a.charAt(a.length() - 1) == CUT;
            String next = acc + (cut ? a.substring(0, a.length() - 1) : a);
            if (next.length() >= LENGTH) {
                out.add(next.substring(0, LENGTH));
            } else if (cut || repeats) {
                out.add(next + CUT);
            } else if (expand(rest, next, out) == null) {
                return null;
            }
        }
        if (optional && expand(rest, acc, out) == null) {
            return null;
        }
        return out.size() > MAX_PREFIXES ? null : out;
    }

    /** The strings one atom at the start of {@code regex} can match (null if not literal), and where it ends. */
    private static Set<String> atom(String regex, int[] end) {
        char c = regex.charAt(0);
        if (c == '(') {
            int close = closing(regex, 0);
            end[0] = close + 1;
            String inner = regex.substring(1, close);
            if (inner.startsWith("?:")) {
                inner = inner.substring(2);
            } else if (inner.startsWith("?")) {
                return null;
            }
            Set<String> full = new HashSet<>();
            for (String alt : splitTop(inner)) {
                Set<String> p = expand(alt, "", new HashSet<>());
                if (p == null) {
                    return null;
                }
                full.addAll(p);
            }
            return full;
        }
        if (c == '[') {
            int close = regex.indexOf(']', regex.charAt(1) == ']' ? 2 : 1);
            end[0] = close + 1;
            String body = regex.substring(1, close);
            if (body.startsWith("^") || body.contains("\\")) {
                return null;
            }
            Set<String> chars = new HashSet<>();
            for (int k = 0; k < body.length(); k++) {
                if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                    for (char x = body.charAt(k); x <= body.charAt(k + 2); x++) {
                        chars.add(String.valueOf(x));
                    }
                    k += 2;
                } else {
                    chars.add(String.valueOf(body.charAt(k)));
                }
            }
            return chars.size() > 40 ? null : chars;
        }
        if (c == '\\') {
            end[0] = 2;
            char e = regex.charAt(1);
            if (e == 'x' && regex.length() >= 4) {
                end[0] = 4;
                return Set.of(String.valueOf((char) Integer.parseInt(regex.substring(2, 4), 16)));
            }
            if (e == 'd') {
                return Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
            }
            return Character.isLetterOrDigit(e) ? null : Set.of(String.valueOf(e));
        }
        end[0] = Character.charCount(regex.codePointAt(0));
        if (c == '^' || c == '$') {
            return Set.of("");
        }
        if (".|)".indexOf(c) >= 0) {
            return null;
        }
        return Set.of(regex.substring(0, end[0]));
    }

    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced parenthesis in " + regex);
    }

    /** Splits on top-level | (outside groups and classes). */
    static List<String> splitTop(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = regex.indexOf(']', i + 2);
                i = close < 0 ? regex.length() : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
