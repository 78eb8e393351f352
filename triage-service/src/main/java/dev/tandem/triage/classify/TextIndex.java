package dev.tandem.triage.classify;

import java.util.Arrays;

/**
 * For one text: the word starts at which each lexicon pattern can match, found through the language's
 * {@link Dispatch} by the first two (or one) characters. A pattern with no candidate position never runs.
 */
final class TextIndex {

    static final int MASK = 4095;

    private final int[] head;
    private int[] position = new int[64];
    private int[] next = new int[64];
    private int entries;
    /** For a view of the text's tail: positions below it are skipped, the rest reported relative to it. */
    private final int offset;

    private TextIndex(TextIndex whole, int offset) {
        this.head = whole.head;
        this.position = whole.position;
        this.next = whole.next;
        this.entries = whole.entries;
        this.offset = offset;
    }

    TextIndex(String text, Dispatch dispatch) {
        offset = 0;
        head = new int[dispatch.size()];
        Arrays.fill(head, -1);
        int n = text.length();
        for (int i = n - 1; i >= 0; i--) {
            char a = text.charAt(i);
            if (Character.isWhitespace(a) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                continue;
            }
            if (i + 1 < n) {
                for (int alt : dispatch.byPair(pairHash(a, text.charAt(i + 1)))) {
                    add(alt, i);
                }
            }
            for (int alt : dispatch.bySingle(singleHash(a))) {
                add(alt, i);
            }
        }
    }

    private void add(int alt, int pos) {
        int h = head[alt];
        if (h >= 0 && position[h] == pos) {
            return;
        }
        if (entries == position.length) {
            position = Arrays.copyOf(position, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        position[entries] = pos;
        next[entries] = h;
        head[alt] = entries++;
    }

    static int pairHash(char a, char b) {
        return (a * 31 + b) & MASK;
    }

    static int singleHash(char a) {
        return a & MASK;
    }

    /** The index of {@code text.substring(from)}, sharing this one's entries (no second scan of the text). */
    TextIndex tail(int from) {
        return new TextIndex(this, offset + from);
    }

    /** First entry for pattern {@code alt} (positions ascend along {@link #next}), or -1. */
    int first(int alt) {
        int e = head[alt];
        while (e >= 0 && position[e] < offset) {
            e = next[e];
        }
        return e;
    }

    int next(int entry) {
        return next[entry];
    }

    int position(int entry) {
        return position[entry] - offset;
    }
}
