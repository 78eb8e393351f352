package dev.tandem.content.draft;

import java.util.ArrayList;
import java.util.List;

/** A line diff between two texts (longest common subsequence), oldest line first. */
final class LineDiff {

    /** Texts whose line counts multiply to more than this are diffed as "all removed, all added". */
    private static final long MAX_CELLS = 4_000_000L;

    enum Op {
        UNCHANGED, REMOVED, ADDED
    }

    /** One line of the diff; {@code oldLine}/{@code newLine} are 1-based and null where the line is absent. */
    record Line(Op op, String text, Integer oldLine, Integer newLine) {
    }

    private LineDiff() {
    }

    static List<Line> diff(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        List<Line> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (int i = 0; i < a.length; i++) {
                out.add(new Line(Op.REMOVED, a[i], i + 1, null));
            }
            for (int j = 0; j < b.length; j++) {
                out.add(new Line(Op.ADDED, b[j], null, j + 1));
            }
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Op.UNCHANGED, a[i], i + 1, j + 1));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Op.REMOVED, a[i], i + 1, null));
                i++;
            } else {
                out.add(new Line(Op.ADDED, b[j], null, j + 1));
                j++;
            }
        }
        for (; i < a.length; i++) {
            out.add(new Line(Op.REMOVED, a[i], i + 1, null));
        }
        for (; j < b.length; j++) {
            out.add(new Line(Op.ADDED, b[j], null, j + 1));
        }
        return out;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }
}
