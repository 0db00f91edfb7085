package ipcbench.report.stats;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TestUtils;

/** Two-sided Welch's t-test (unequal variances), the test behind {@code compare}'s p-values. */
public final class WelchTest {
    /** Fewer samples than this on either side and no p-value is given. */
    public static final int MIN_SAMPLES = 4;

    private WelchTest() {
    }

    /** Whether both sides have enough samples to be tested. */
    public static boolean testable(double[] a, double[] b) {
        return a.length >= MIN_SAMPLES && b.length >= MIN_SAMPLES;
    }

    /**
     * The p-value for "both sides have the same mean". Samples without any spread on both sides
     * (only seen in synthetic data) make the t statistic undefined; then identical means give 1 and
     * different means give 0.
     */
    public static double pValue(double[] a, double[] b) {
        if (!testable(a, b)) {
            throw new IllegalArgumentException("need " + MIN_SAMPLES + " samples per side, have "
                    + a.length + " and " + b.length);
        }
        if (StatUtils.variance(a) == 0 && StatUtils.variance(b) == 0) {
            return StatUtils.mean(a) == StatUtils.mean(b) ? 1 : 0;
        }
        return TestUtils.tTest(a, b);
    }
}
