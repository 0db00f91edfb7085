package ipcbench.report.compare;

import ipcbench.report.stats.MannWhitneyTest;
import ipcbench.report.stats.WelchTest;

/**
 * What a table compares. The mean of fork means or iterations, tested with Welch's t-test (each
 * sample is a mean of thousands of operations, close to normal); or a tail percentile of each
 * fork (or load interval), a statistic with no reason to be normal, tested on ranks
 * (Mann-Whitney U) and summarised by its median.
 */
public enum Statistic {
    MEAN("mean", Double.NaN),
    P99("p99", 99.0),
    P999("p99.9", 99.9);

    private final String label;
    private final double percentile;

    Statistic(String label, double percentile) {
        this.label = label;
        this.percentile = percentile;
    }

    public String label() {
        return label;
    }

    /** 0–100; NaN for the mean. */
    public double percentile() {
        return percentile;
    }

    public boolean isTail() {
        return !Double.isNaN(percentile);
    }

    Center center(double[] samples, double confidence) {
        return isTail() ? Center.median(samples) : Center.mean(samples, confidence);
    }

    int minSamples() {
        return isTail() ? MannWhitneyTest.MIN_SAMPLES : WelchTest.MIN_SAMPLES;
    }

    boolean testable(double[] a, double[] b) {
        return a.length >= minSamples() && b.length >= minSamples();
    }

    double pValue(double[] a, double[] b) {
        return isTail() ? MannWhitneyTest.pValue(a, b) : WelchTest.pValue(a, b);
    }
}
