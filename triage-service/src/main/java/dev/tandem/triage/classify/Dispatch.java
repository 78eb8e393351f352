package dev.tandem.triage.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * For one language: which patterns can start with which first two (or first one) characters, so a
 * message's word starts point straight at the few patterns worth trying there.
 */
final class Dispatch {

    private final int size;
    private final int[][] byPair = new int[TextIndex.MASK + 1][];
    private final int[][] bySingle = new int[TextIndex.MASK + 1][];

    Dispatch(List<LexRule.Alternative> alternatives) {
        size = alternatives.size();
        List<List<Integer>> pairs = new ArrayList<>();
        List<List<Integer>> singles = new ArrayList<>();
        for (int h = 0; h <= TextIndex.MASK; h++) {
            pairs.add(new ArrayList<>());
            singles.add(new ArrayList<>());
        }
        for (LexRule.Alternative alt : alternatives) {
            if (alt.pairBits() == null) {
                continue;
            }
            for (int h = 0; h <= TextIndex.MASK; h++) {
                if ((alt.pairBits()[h >>> 6] & (1L << h)) != 0) {
                    pairs.get(h).add(alt.id());
                }
                if (alt.singleBits() != null && (alt.singleBits()[h >>> 6] & (1L << h)) != 0) {
                    singles.get(h).add(alt.id());
                }
            }
        }
        for (int h = 0; h <= TextIndex.MASK; h++) {
            byPair[h] = pairs.get(h).stream().mapToInt(Integer::intValue).toArray();
            bySingle[h] = singles.get(h).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int size() {
        return size;
    }

    int[] byPair(int hash) {
        return byPair[hash];
    }

    int[] bySingle(int hash) {
        return bySingle[hash];
    }
}
