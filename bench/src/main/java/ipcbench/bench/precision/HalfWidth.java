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
        int n = samples.length;
        if (n < 2) {
            return Double.NaN;
        }
        double variance = StatUtils.variance(samples);
        if (variance == 0) {
            return 0;
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return t * Math.sqrt(variance / n) / Math.abs(StatUtils.mean(samples));
    }
}
