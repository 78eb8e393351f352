package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences, words and syllables of a body, and its Flesch–Kincaid grade. Paragraph breaks and lines that
 * start a new item end sentences; abbreviations, initials and decimals do not.
 */
final class TextStats {

    /** A sentence as a half-open span of the body with its own counts. */
    record Sentence(int start, int end, int words, int syllables) {
        double grade() {
            return TextStats.grade(words, 1, syllables);
        }
    }

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.,\\-][\\p{L}\\p{N}]+)*");
    /** Endings that add no syllable: "-es" and "-e" after a consonant, "-ed" except after t or d. */
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:(?<=[^laeiouy])es|(?<=[^aeiouytd])ed|(?<=[^laeiouy])e)$");
    /** Vowel pairs usually spoken as two syllables (cre-a-tion, i-de-a, vi-o-lent, go-ing). */
    private static final Pattern SPLIT_VOWELS =
            Pattern.compile("(?<![tscgqx])i[ao](?!u)|(?<![qg])u[ao]|(?<!p)eo(?!u)|ea(?=c?t[eiou])|(?<=[aeiouy])ing$|iu");
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.Map<String, Integer> SYLLABLES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern MERGE = Pattern.compile("\\{\\{[^{}]*\\}\\}");

    private final List<Sentence> sentences;
    private final int words;
    private final int syllables;

    private TextStats(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
        this.words = sentences.stream().mapToInt(Sentence::words).sum();
        this.syllables = sentences.stream().mapToInt(Sentence::syllables).sum();
    }

    static TextStats of(String body, Set<String> abbreviations) {
        String text = mask(body);
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            int next = -1;
            if (c == '\n') {
                int j = i + 1;
                boolean blank = false;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    blank |= text.charAt(j) == '\n';
                    j++;
                }
                if (blank || j >= n || startsItem(text.charAt(j))) {
                    end = i;
                    next = j;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i + 1;
                while (j < n && ".!?\u2026\"'\u201d\u2019)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j >= n || Character.isWhitespace(text.charAt(j))) {
                    if (c != '.' || endsSentence(text, i, j, abbreviations)) {
                        end = j;
                        next = j;
                    }
                }
                if (end < 0) {
                    i = j - 1;
                }
            }
            if (end >= 0) {
                add(body, text, start, end, out);
                start = next;
                i = next - 1;
            }
        }
        add(body, text, start, n, out);
        return new TextStats(out);
    }

    private static boolean startsItem(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "-*\u2022\u2013#>".indexOf(c) >= 0
                || !Character.isLetter(c);
    }

    private static boolean endsSentence(String text, int dot, int after, Set<String> abbreviations) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String token = text.substring(k, dot).toLowerCase(Locale.ROOT);
        if (token.length() == 1 && Character.isUpperCase(text.charAt(k))) {
            return false;
        }
        if (abbreviations.contains(token)) {
            return false;
        }
        int j = after;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j >= text.length() || !(Character.isLowerCase(text.charAt(j)) || Character.isDigit(text.charAt(j)));
    }

    private static void add(String body, String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words > 0) {
            out.add(new Sentence(start, end, words, syllables));
        }
    }

    /** Replaces merge fields with a same-length one-word placeholder so offsets stay valid. */
    private static String mask(String body) {
        Matcher m = MERGE.matcher(body);
        if (!m.find()) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body);
        m.reset();
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, 'x');
            }
            sb.setCharAt(m.start(), 'X');
        }
        return sb.toString();
    }

    static int syllables(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return 1;
        }
        int total = 0;
        int partStart = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || !Character.isLetter(token.charAt(i))) {
                if (i > partStart) {
                    total += wordSyllables(token.substring(partStart, i).toLowerCase(Locale.ROOT));
                }
                partStart = i + 1;
            }
        }
        return Math.max(1, total);
    }

    private static int wordSyllables(String w) {
        if (w.length() <= 3) {
            return 1;
        }
        Integer cached = SYLLABLES.get(w);
        if (cached != null) {
            return cached;
        }
        int count = countSyllables(w);
        if (SYLLABLES.size() < CACHE_LIMIT) {
            SYLLABLES.put(w, count);
        }
        return count;
    }

    private static int countSyllables(String w) {
        String s = SILENT_ENDING.matcher(w).replaceFirst("").replaceFirst("^y", "");
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < s.length(); i++) {
            boolean vowel = "aeiouy".indexOf(s.charAt(i)) >= 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        Matcher split = SPLIT_VOWELS.matcher(w);
        while (split.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    static double grade(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    double grade() {
        return grade(words, sentences.size(), syllables);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    int words() {
        return words;
    }

    /** The sentence containing {@code offset}, or null. */
    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    static Set<String> lower(List<String> items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.toLowerCase(Locale.ROOT)));
        return out;
    }
}
