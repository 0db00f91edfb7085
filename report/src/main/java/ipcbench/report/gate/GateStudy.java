package ipcbench.report.gate;

import ipcbench.bench.cli.EnvInfo;
import ipcbench.report.compare.ComparedRun;
import ipcbench.report.compare.Comparison;
import ipcbench.report.compare.Row;
import ipcbench.report.compare.RunComparer;
import ipcbench.report.compare.SampleUnit;
import ipcbench.report.compare.Settings;
import ipcbench.report.compare.Table;
import ipcbench.report.compare.Verdict;
import ipcbench.report.jmh.ResultKey;
import ipcbench.transport.daemon.InjectedDelay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A study of the gate: the A runs (one commit) compared with each other, every disjoint split into
 * two sides of {@code rounds} runs each (A/A: every gate failure is a false alarm), and with the B
 * runs (the same commit with a delay injected into one transport's daemons; A/B: that transport's
 * rows should fail the gate, no other should), each comparison made by {@link RunComparer} at
 * every threshold asked for, as {@code compare} makes it.
 *
 * @param a          the A runs, in the order they ran
 * @param b          the B runs, in the order they ran; may be empty
 * @param delay      the B runs' injected delay; null without B runs
 * @param rounds     runs pooled per side, as bench.yml's rounds
 * @param thresholds the gate's thresholds studied (fractions), ascending
 * @param alpha      the tests' significance level
 * @param unit       what one sample of a mean's test is, as compare's {@code --samples}
 * @param informational rows compared but not gated, as compare's {@code --informational}
 * @param aa         every A/A comparison
 * @param ab         every A/B comparison
 */
public record GateStudy(List<ComparedRun> a, List<ComparedRun> b, InjectedDelay delay, int rounds,
                        List<Double> thresholds, double alpha, SampleUnit unit, List<String> informational,
                        List<Compared> aa,
                        List<Compared> ab) {

    /** One row of compare's tables, as the study counts it. */
    public record RowKey(String benchmark, String mode, String statistic, Map<String, String> params) {
        /** {@code RoundTrip.roundTrip avgt mean payload=64 transport=uds-jdk}. */
        public String describe() {
            ResultKey key = new ResultKey(benchmark, mode, params);
            return key.shortName() + " " + mode + " " + statistic + (params.isEmpty() ? "" : " " + key.paramText());
        }
    }

    /**
     * One row of one comparison.
     *
     * @param failsGate whether it fails the gate, per threshold (in {@link #thresholds} order)
     * @param unit      what its test's samples were (auto resolved)
     */
    public record RowOutcome(RowKey key, double change, double pValue, Verdict verdict, List<Boolean> failsGate,
                             SampleUnit unit) {
        public boolean significant() {
            return verdict == Verdict.REGRESSION || verdict == Verdict.IMPROVEMENT;
        }
    }

    /**
     * One comparison.
     *
     * @param old         old side's run indices (into {@link #a})
     * @param neu         new side's: into {@link #a} for A/A, {@link #b} for A/B
     * @param independent an A/A comparison of the kind bench.yml makes, sharing no run with another such
     */
    public record Compared(List<Integer> old, List<Integer> neu, boolean independent, List<RowOutcome> rows) {
        /** How many rows fail the gate at threshold number {@code t}. */
        public long gateFailures(int t) {
            return rows.stream().filter(r -> r.failsGate().get(t)).count();
        }

        public long significant() {
            return rows.stream().filter(RowOutcome::significant).count();
        }
    }

    public GateStudy {
        a = List.copyOf(a);
        b = List.copyOf(b);
        thresholds = List.copyOf(thresholds);
        aa = List.copyOf(aa);
        ab = List.copyOf(ab);
    }

    /**
     * Makes every comparison of the study.
     *
     * @throws IllegalArgumentException when the runs cannot make the study: too few, an A run with a
     *                                  delay, B runs without one or with different ones
     */
    public static GateStudy of(List<ComparedRun> a, List<ComparedRun> b, int rounds, List<Double> thresholds,
                               double alpha, SampleUnit unit, List<String> informational) {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, is " + rounds);
        }
        if (a.size() < 2 * rounds) {
            throw new IllegalArgumentException("an A/A comparison of " + rounds + " round(s) needs " + 2 * rounds
                    + " A runs, " + a.size() + " given");
        }
        if (!b.isEmpty() && b.size() < rounds) {
            throw new IllegalArgumentException("an A/B comparison of " + rounds + " round(s) needs " + rounds
                    + " B runs, " + b.size() + " given");
        }
        for (ComparedRun run : a) {
            if (delayOf(run) != null) {
                throw new IllegalArgumentException("A run " + run.jmh().source() + " had a delay injected ("
                        + delayOf(run) + "): the A runs must be the code as it is");
            }
        }
        InjectedDelay delay = b.isEmpty() ? null : delayOfAll(b);
        List<Double> sorted = thresholds.stream().sorted().distinct().toList();
        Set<Splits.Pair> independent = new HashSet<>(Splits.workflowBlocks(a.size(), rounds));
        List<Settings> settings = sorted.stream().map(t -> new Settings(t, alpha, unit, informational)).toList();
        List<Compared> aa = new ArrayList<>();
        for (Splits.Pair pair : Splits.allDisjoint(a.size(), rounds)) {
            aa.add(compare(pick(a, pair.old()), pick(a, pair.neu()), pair, independent.contains(pair), settings));
        }
        List<Compared> ab = new ArrayList<>();
        if (!b.isEmpty()) {
            for (Splits.Pair pair : Splits.across(a.size(), b.size(), rounds)) {
                ab.add(compare(pick(a, pair.old()), pick(b, pair.neu()), pair, false, settings));
            }
        }
        return new GateStudy(a, b, delay, rounds, sorted, alpha, unit, List.copyOf(informational), aa, ab);
    }

    /** The sample units the A/A comparisons' rows were tested on, as compare's tables name them. */
    public Set<SampleUnit> unitsTested() {
        Set<SampleUnit> units = new TreeSet<>();
        aa.forEach(c -> c.rows().forEach(r -> units.add(r.unit())));
        return units;
    }

    /** Whether a row is of the delayed transport. */
    public boolean delayed(RowKey key) {
        return delay != null && delay.transport().equals(key.params().get("transport"));
    }

    /** Per row, over {@code comparisons}: how many had it significant, and failing the gate per threshold. */
    public Map<RowKey, RowTally> tallies(List<Compared> comparisons) {
        Map<RowKey, RowTally> tallies = new LinkedHashMap<>();
        for (Compared c : comparisons) {
            for (RowOutcome r : c.rows()) {
                tallies.computeIfAbsent(r.key(), k -> new RowTally(thresholds.size())).add(r);
            }
        }
        return tallies;
    }

    /** A row's counts over comparisons. */
    public static final class RowTally {
        private int comparisons;
        private int significant;
        private int regressions;
        private final int[] failures;
        private double largestRegression;
        private double changes;

        RowTally(int thresholds) {
            failures = new int[thresholds];
        }

        void add(RowOutcome r) {
            comparisons++;
            changes += r.change();
            significant += r.significant() ? 1 : 0;
            if (r.verdict() == Verdict.REGRESSION) {
                regressions++;
                largestRegression = Math.max(largestRegression, Math.abs(r.change()));
            }
            for (int t = 0; t < failures.length; t++) {
                failures[t] += r.failsGate().get(t) ? 1 : 0;
            }
        }

        public int comparisons() {
            return comparisons;
        }

        /** Significant either way. */
        public int significant() {
            return significant;
        }

        /** Significant for the worse. */
        public int regressions() {
            return regressions;
        }

        /** Failing the gate at threshold number {@code t}. */
        public int failures(int t) {
            return failures[t];
        }

        /** The mean of its changes (new / old - 1), as a fraction. */
        public double meanChange() {
            return changes / comparisons;
        }

        /** The largest change among its significant regressions, as a fraction; 0 when none. */
        public double largestRegression() {
            return largestRegression;
        }
    }

    /** One comparison made once per threshold ({@code settings} in threshold order). */
    private static Compared compare(List<ComparedRun> old, List<ComparedRun> neu, Splits.Pair pair, boolean independent,
                                    List<Settings> settings) {
        Map<RowKey, RowOutcome> rows = new LinkedHashMap<>();
        for (Settings setting : settings) {
            Comparison c = RunComparer.compare(old, neu, setting);
            for (Table table : c.tables()) {
                for (Row row : table.rows()) {
                    RowKey key = new RowKey(table.benchmark(), table.mode(), table.statistic().label(), row.params());
                    RowOutcome seen = rows.get(key);
                    List<Boolean> fails = new ArrayList<>(seen == null ? List.of() : seen.failsGate());
                    fails.add(row.failsGate());
                    rows.put(key, new RowOutcome(key, row.change(), row.pValue(), row.verdict(), List.copyOf(fails),
                            row.unit()));
                }
            }
        }
        return new Compared(pair.old(), pair.neu(), independent, List.copyOf(rows.values()));
    }

    private static List<ComparedRun> pick(List<ComparedRun> runs, List<Integer> indices) {
        return indices.stream().map(runs::get).toList();
    }

    /** The run's injected delay as env.json recorded it, or null. */
    private static String delayOf(ComparedRun run) {
        return run.jmh().env().get(EnvInfo.INJECTED_DELAY);
    }

    /** The one delay every B run had: one transport's, the same in each. */
    private static InjectedDelay delayOfAll(List<ComparedRun> b) {
        String first = delayOf(b.get(0));
        for (ComparedRun run : b) {
            String delay = delayOf(run);
            if (delay == null) {
                throw new IllegalArgumentException("B run " + run.jmh().source() + " had no injected delay (env.json's "
                        + EnvInfo.INJECTED_DELAY + "): run it with run-bench.sh --inject-delay TRANSPORT:TIME");
            }
            if (!delay.equals(first)) {
                throw new IllegalArgumentException("the B runs had different delays: " + first + " and " + delay
                        + " (" + run.jmh().source() + ")");
            }
        }
        try {
            return InjectedDelay.parse(first);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the B runs' delay '" + first + "' is not one transport's: "
                    + e.getMessage(), e);
        }
    }
}
