package ipcbench.bench.precision;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The half-width of the 95 % confidence interval of a mean over independent samples, relative to
 * the mean: Student's t with n-1 degrees of freedom, as the report's {@code compare} computes it.
 */
public final class HalfWidth {
    public static final double CONFIDENCE = 0.95;

    private HalfWidth() {
    }

    /** t × s/√n over |mean|: NaN with fewer than two samples, 0 when they do not spread. */
    public static double relative(double[] samples) {
        if (samples.length < 2) {
            return Double.NaN;
        }
        double variance = StatUtils.variance(samples);
        return variance == 0 ? 0 : absolute(samples.length, Math.sqrt(variance)) / Math.abs(StatUtils.mean(samples));
    }

    /** t × s/√n of {@code n} samples with standard deviation {@code s}: NaN with fewer than two. */
    public static double absolute(long n, double standardDeviation) {
        if (n < 2) {
            return Double.NaN;
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return t * standardDeviation / Math.sqrt(n);
    }
}
