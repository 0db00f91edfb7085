package ipcbench.report.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Mean of a set of samples with the half-width of its confidence interval, from Student's t
 * distribution with n-1 degrees of freedom.
 *
 * @param n          number of samples
 * @param mean       their mean (NaN when there are none)
 * @param halfWidth  half-width of the interval (NaN with fewer than two samples)
 * @param confidence the interval's level, e.g. 0.95
 */
public record Summary(int n, double mean, double halfWidth, double confidence) {

    public static Summary of(double[] samples, double confidence) {
        int n = samples.length;
        double mean = n == 0 ? Double.NaN : StatUtils.mean(samples);
        if (n < 2) {
            return new Summary(n, mean, Double.NaN, confidence);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
        double stdError = Math.sqrt(StatUtils.variance(samples) / n);
        return new Summary(n, mean, t * stdError, confidence);
    }

    /** The half-width as a fraction of the mean. */
    public double relativeHalfWidth() {
        return halfWidth / Math.abs(mean);
    }
}
