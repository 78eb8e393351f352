package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sound quick-reject for a regular expression: the lower-case literals of which every match must contain at
 * least one. A pattern is only run when the lower-cased body contains one of them, which skips most of the
 * lexicon on most drafts. Anything the analysis does not understand makes it give up (always run).
 */
final class Prefilter {

    static final Prefilter ALWAYS = new Prefilter(null);

    private final List<String> literals;

    private Prefilter(Set<String> literals) {
        this.literals = literals == null ? null : List.copyOf(literals);
    }

    boolean mayMatch(String lowerBody) {
        if (literals == null) {
            return true;
        }
        for (String literal : literals) {
            if (lowerBody.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    List<String> literals() {
        return literals;
    }

    static Prefilter of(String regex) {
        try {
            Parser p = new Parser(regex);
            Set<String> required = p.alternation();
            if (p.pos != regex.length() || required == null || required.stream().anyMatch(String::isBlank)) {
                return ALWAYS;
            }
            return new Prefilter(minimal(required));
        } catch (RuntimeException e) {
            return ALWAYS;
        }
    }

    /** Drops literals that contain another literal of the set: finding the shorter one is enough. */
    private static Set<String> minimal(Set<String> literals) {
        Set<String> out = new LinkedHashSet<>();
        for (String literal : literals) {
            boolean covered = false;
            for (String other : literals) {
                if (!other.equals(literal) && literal.contains(other)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(literal);
            }
        }
        return out;
    }

    /** Recursive descent over the subset of regex syntax the lexicon uses; null means "no constraint". */
    private static final class Parser {
        private static final int PLAIN = 0;
        private static final int REQUIRED = 1;
        private static final int OPTIONAL = 2;
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Set<String> alternation() {
            Set<String> union = new LinkedHashSet<>();
            boolean any = false;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    any = true;
                } else {
                    union.addAll(branch);
                }
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                return any ? null : union;
            }
        }

        private Set<String> sequence() {
            Set<String> best = null;
            StringBuilder run = new StringBuilder();
            List<Set<String>> parts = new ArrayList<>();
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                int before = pos;
                Object atom = atom();
                int quantifier = quantifier();
                String literal = atom instanceof Character c ? String.valueOf(c) : atom instanceof String t ? t : null;
                if (literal != null && quantifier == PLAIN) {
                    run.append(literal.toLowerCase(Locale.ROOT));
                    continue;
                }
                if (run.length() > 0) {
                    parts.add(Set.of(run.toString()));
                    run.setLength(0);
                }
                if (quantifier != OPTIONAL) {
                    if (literal != null) {
                        parts.add(Set.of(literal.toLowerCase(Locale.ROOT)));
                    } else if (atom instanceof Set<?> set) {
                        @SuppressWarnings("unchecked")
                        Set<String> required = (Set<String>) set;
                        parts.add(required);
                    }
                }
                if (pos == before) {
                    throw new IllegalStateException("stuck");
                }
            }
            if (run.length() > 0) {
                parts.add(Set.of(run.toString()));
            }
            for (Set<String> part : parts) {
                if (best == null || shortest(part) > shortest(best)) {
                    best = part;
                }
            }
            return best;
        }

        private static int shortest(Set<String> set) {
            return set.stream().mapToInt(String::length).min().orElse(0);
        }

        /** A Character or String literal, a Set of required literals, or null for "matches anything". */
        private Object atom() {
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                boolean lookaround = false;
                if (s.startsWith("?", pos)) {
                    if (s.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                        pos += 2;
                        lookaround = true;
                    } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                        pos += 3;
                        lookaround = true;
                    } else {
                        int colon = pos;
                        while (colon < s.length() && s.charAt(colon) != ':' && s.charAt(colon) != ')') {
                            colon++;
                        }
                        if (s.substring(pos + 1, colon).matches("[a-zA-Z-]*")) {
                            boolean closes = s.charAt(colon) == ')';
                            pos = colon + 1;
                            if (closes) {
                                return null;
                            }
                        } else {
                            throw new IllegalStateException("named group");
                        }
                    }
                }
                Set<String> inner = alternation();
                expect(')');
                return lookaround ? null : inner;
            }
            if (c == '[') {
                skipClass();
                return null;
            }
            if (c == '\\') {
                return escape();
            }
            pos++;
            if (c == '.' || c == '^' || c == '$') {
                return null;
            }
            if ("*+?{".indexOf(c) >= 0) {
                throw new IllegalStateException("dangling quantifier");
            }
            return c;
        }

        private Object escape() {
            char e = s.charAt(pos + 1);
            if (e == 'Q') {
                int end = s.indexOf("\\E", pos + 2);
                String text = end < 0 ? s.substring(pos + 2) : s.substring(pos + 2, end);
                pos = end < 0 ? s.length() : end + 2;
                return text;
            }
            pos += 2;
            if (e == 'p' || e == 'P') {
                if (pos < s.length() && s.charAt(pos) == '{') {
                    pos = s.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return null;
            }
            if (e == 'u') {
                char ch = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                pos += 4;
                return ch;
            }
            if (Character.isLetterOrDigit(e)) {
                return null;
            }
            return e;
        }

        private void skipClass() {
            pos++;
            if (pos < s.length() && s.charAt(pos) == '^') {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
            }
            int depth = 1;
            while (depth > 0) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
                pos++;
            }
        }

        /** Consumes a quantifier if present: PLAIN (none), REQUIRED (at least once) or OPTIONAL. */
        private int quantifier() {
            if (pos >= s.length()) {
                return PLAIN;
            }
            char c = s.charAt(pos);
            int kind;
            if (c == '?' || c == '*') {
                kind = OPTIONAL;
                pos++;
            } else if (c == '+') {
                kind = REQUIRED;
                pos++;
            } else if (c == '{') {
                int end = s.indexOf('}', pos);
                String body = s.substring(pos + 1, end);
                kind = body.startsWith("0") || body.startsWith(",") ? OPTIONAL : REQUIRED;
                pos = end + 1;
            } else {
                return PLAIN;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++;
            }
            return kind;
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalStateException("expected " + c);
            }
            pos++;
        }
    }
}
