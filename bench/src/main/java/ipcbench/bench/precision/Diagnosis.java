package ipcbench.bench.precision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Why a row's mean stays imprecise, as far as its samples tell. Each check is a function of the
 * samples that returns what it saw, or null when it does not apply; {@link #of} takes the first
 * that applies in the order declared here.
 */
public enum Diagnosis {
    /** The fork means fall into two groups with a gap between them (JIT or placement modes). */
    BIMODAL("bimodal"),
    /** The fork means move from the first fork to the last (the machine changed under the run). */
    DRIFT("drift"),
    /** The iterations move from the first to the last within the forks (warm-up too short). */
    TREND_WITHIN_FORK("trend within fork"),
    /** None of these: the samples just scatter. */
    SCATTER("scatter");

    /** A trend counts when its slope is this unlikely without one (a two-sided p-value). */
    static final double ALPHA = 0.05;
    /** Each of the two groups needs this many forks, so that one outlier is not a mode. */
    static final int MIN_GROUP = 2;
    /** The gap between the groups must be this many times their ranges together. */
    static final double SEPARATION = 2;

    private final String label;

    Diagnosis(String label) {
        this.label = label;
    }

    /** As precision.json writes it. */
    public String label() {
        return label;
    }

    /** @param detail what was seen, e.g. {@code fork means 12.1 -> 14.0 us/op over 5 forks} */
    public record Finding(Diagnosis diagnosis, String detail) {
    }

    /** The first diagnosis that applies to {@code samples}, whose scores are in {@code unit}. */
    public static Finding of(RowSamples samples, String unit) {
        double[] means = samples.forkMeans();
        String detail = bimodal(means, unit);
        if (detail != null) {
            return new Finding(BIMODAL, detail);
        }
        detail = drift(means, unit);
        if (detail != null) {
            return new Finding(DRIFT, detail);
        }
        detail = trendWithinForks(samples.forks(), unit);
        if (detail != null) {
            return new Finding(TREND_WITHIN_FORK, detail);
        }
        double[] values = samples.samples();
        return new Finding(SCATTER, (samples.byForks() ? "fork means " : "iterations ") + number(StatUtils.min(values))
                + " to " + number(StatUtils.max(values)) + " " + unit);
    }

    /**
     * Two groups of fork means: split where the sorted means have their widest gap (each side at
     * least {@link #MIN_GROUP} forks), a gap {@link #SEPARATION} times the groups' ranges together.
     */
    static String bimodal(double[] forkMeans, String unit) {
        double[] sorted = forkMeans.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        int split = -1;
        double gap = 0;
        for (int k = MIN_GROUP; k <= n - MIN_GROUP; k++) {
            if (sorted[k] - sorted[k - 1] > gap) {
                gap = sorted[k] - sorted[k - 1];
                split = k;
            }
        }
        if (split < 0 || gap < SEPARATION * ((sorted[split - 1] - sorted[0]) + (sorted[n - 1] - sorted[split]))) {
            return null;
        }
        double boundary = (sorted[split - 1] + sorted[split]) / 2;
        return "fork means in two groups: " + group(forkMeans, boundary, false) + " and " + group(forkMeans, boundary, true)
                + " " + unit;
    }

    /** The fork means trend from the first fork to the last: a fitted line's slope, significant at {@link #ALPHA}. */
    static String drift(double[] forkMeans, String unit) {
        SimpleRegression line = new SimpleRegression();
        for (int i = 0; i < forkMeans.length; i++) {
            line.addData(i, forkMeans[i]);
        }
        if (forkMeans.length < 3 || !(line.getSignificance() < ALPHA)) {
            return null;
        }
        return "fork means " + number(line.predict(0)) + " -> " + number(line.predict(forkMeans.length - 1)) + " " + unit
                + " over " + forkMeans.length + " forks";
    }

    /**
     * The iterations trend within the forks: each fork's iterations around its own mean and middle,
     * one line fitted through them all, its slope significant at {@link #ALPHA}.
     */
    static String trendWithinForks(double[][] forks, String unit) {
        SimpleRegression line = new SimpleRegression();
        List<Double> all = new ArrayList<>();
        int longest = 0;
        for (double[] fork : forks) {
            if (fork.length < 2) {
                continue;
            }
            double mean = StatUtils.mean(fork);
            double middle = (fork.length - 1) / 2.0;
            for (int i = 0; i < fork.length; i++) {
                line.addData(i - middle, fork[i] - mean);
                all.add(fork[i]);
            }
            longest = Math.max(longest, fork.length);
        }
        if (line.getN() < 3 || !(line.getSignificance() < ALPHA)) {
            return null;
        }
        double mean = all.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double half = line.getSlope() * (longest - 1) / 2;
        return "iterations " + number(mean - half) + " -> " + number(mean + half) + " " + unit + " within a fork of "
                + longest;
    }

    /** The mean of the forks on one side of {@code boundary} and their numbers (from 1), e.g. {@code 10.1 (forks 1, 3)}. */
    private static String group(double[] forkMeans, double boundary, boolean above) {
        List<Integer> members = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < forkMeans.length; i++) {
            if (forkMeans[i] > boundary == above) {
                members.add(i + 1);
                sum += forkMeans[i];
            }
        }
        return number(sum / members.size()) + " (forks " + members.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Three significant digits, without an exponent: {@code 12.1}, {@code 154000}, {@code 0.00523}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
