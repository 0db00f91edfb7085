package ipcbench.report.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Which runs make the two sides of each comparison of a study, by their index in the order they
 * ran. Every side pools {@code size} runs, as bench.yml's sides pool one run per round.
 */
final class Splits {
    /** One comparison's sides: run indices, ascending. */
    record Pair(List<Integer> old, List<Integer> neu) {
    }

    private Splits() {
    }

    /**
     * Every split of {@code count} runs into two disjoint sides of {@code size}: each set of
     * 2 x size runs, divided every way, the side with the earliest of them old (as base runs first
     * in each of bench.yml's rounds). The splits share runs, so they are not independent.
     */
    static List<Pair> allDisjoint(int count, int size) {
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> chosen : subsets(range(0, count), 2 * size)) {
            // the old side holds chosen's first run, and size - 1 of the others
            for (List<Integer> rest : subsets(chosen.subList(1, chosen.size()), size - 1)) {
                List<Integer> old = new ArrayList<>(List.of(chosen.get(0)));
                old.addAll(rest);
                List<Integer> neu = new ArrayList<>(chosen);
                neu.removeAll(old);
                pairs.add(new Pair(List.copyOf(old), List.copyOf(neu)));
            }
        }
        return pairs;
    }

    /**
     * The comparisons bench.yml makes, on disjoint blocks of 2 x size consecutive runs: old the
     * 1st, 3rd... of a block, new the 2nd, 4th...; independent of each other (no run shared).
     */
    static List<Pair> workflowBlocks(int count, int size) {
        List<Pair> pairs = new ArrayList<>();
        for (int start = 0; start + 2 * size <= count; start += 2 * size) {
            List<Integer> old = new ArrayList<>();
            List<Integer> neu = new ArrayList<>();
            for (int i = 0; i < 2 * size; i++) {
                (i % 2 == 0 ? old : neu).add(start + i);
            }
            pairs.add(new Pair(List.copyOf(old), List.copyOf(neu)));
        }
        return pairs;
    }

    /** Every side of {@code size} A runs (old) against every side of {@code size} B runs (new). */
    static List<Pair> across(int aCount, int bCount, int size) {
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> old : subsets(range(0, aCount), size)) {
            for (List<Integer> neu : subsets(range(0, bCount), size)) {
                pairs.add(new Pair(old, neu));
            }
        }
        return pairs;
    }

    /** The {@code k}-element subsets of {@code items}, each in the items' order, in lexicographic order. */
    static List<List<Integer>> subsets(List<Integer> items, int k) {
        List<List<Integer>> result = new ArrayList<>();
        collect(items, k, 0, new ArrayList<>(), result);
        return result;
    }

    private static void collect(List<Integer> items, int k, int from, List<Integer> chosen, List<List<Integer>> result) {
        if (chosen.size() == k) {
            result.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i <= items.size() - (k - chosen.size()); i++) {
            chosen.add(items.get(i));
            collect(items, k, i + 1, chosen, result);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i < to; i++) {
            values.add(i);
        }
        return values;
    }
}
