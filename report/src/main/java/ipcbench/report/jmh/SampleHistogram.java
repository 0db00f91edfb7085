package ipcbench.report.jmh;

import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The samples of sample mode as JMH stores them, a histogram of distinct values and their counts:
 * one per iteration in {@code rawDataHistogram}, merged here per fork for its percentiles.
 */
public final class SampleHistogram {
    /** Distinct values, ascending. */
    private final double[] values;
    /** How often each was sampled. */
    private final long[] counts;

    /** From value to count. */
    public SampleHistogram(SortedMap<Double, Long> counts) {
        this.values = counts.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        this.counts = counts.values().stream().mapToLong(Long::longValue).toArray();
    }

    /** The histograms added up, e.g. the iterations of one fork. */
    public static SampleHistogram merge(List<SampleHistogram> parts) {
        TreeMap<Double, Long> merged = new TreeMap<>();
        for (SampleHistogram h : parts) {
            for (int i = 0; i < h.values.length; i++) {
                merged.merge(h.values[i], h.counts[i], Long::sum);
            }
        }
        return new SampleHistogram(merged);
    }

    public long count() {
        return Arrays.stream(counts).sum();
    }

    /** The weighted mean; NaN when empty. */
    public double mean() {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * counts[i];
        }
        long n = count();
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The percentile (0–100) as JMH computes its {@code scorePercentiles}: commons-math3's default
     * {@code Percentile} estimate over the samples spelled out (position p·(n+1)/100, interpolated
     * between its neighbours), so one fork's p99 here is JMH's p99 of that fork. NaN when empty.
     */
    public double percentile(double p) {
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        double position = p / 100 * (n + 1);
        if (position < 1) {
            return values[0];
        }
        if (position >= n) {
            return values[values.length - 1];
        }
        long below = (long) Math.floor(position);
        double lower = nth(below);
        return lower + (position - below) * (nth(below + 1) - lower);
    }

    /** The k-th smallest sample, counting from 1. */
    private double nth(long k) {
        long seen = 0;
        for (int i = 0; i < values.length; i++) {
            seen += counts[i];
            if (seen >= k) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("only " + seen + " samples, asked for the " + k + "th");
    }
}
