package ipcbench.report.stats;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Two-sided Mann-Whitney U test, the test of {@code compare}'s tail rows: it asks whether one
 * side's values tend to be larger, from their ranks alone, so it assumes no distribution (a fork's
 * p99 is not a mean and need not be near normal). commons-math3 3.6.1 computes U but only a normal
 * approximation of its p-value, which is poor at the handful of forks a run has; so without ties,
 * and for up to {@link #EXACT_UP_TO} values in all, the p-value here is exact: the share of the
 * C(m+n, m) equally likely orders of the values whose U is as extreme.
 */
public final class MannWhitneyTest {
    /**
     * 4 against 4 is the least where a complete separation is significant at 0.05 (p = 2/70);
     * with 3 against 3 no outcome can be (p >= 2/20).
     */
    public static final int MIN_SAMPLES = 4;
    /** Beyond this many values in all the normal approximation is good, and the counts would overflow. */
    static final int EXACT_UP_TO = 60;

    private MannWhitneyTest() {
    }

    public static boolean testable(double[] a, double[] b) {
        return a.length >= MIN_SAMPLES && b.length >= MIN_SAMPLES;
    }

    /** The p-value for "neither side tends to be larger than the other". */
    public static double pValue(double[] a, double[] b) {
        if (!testable(a, b)) {
            throw new IllegalArgumentException("need " + MIN_SAMPLES + " samples per side, have "
                    + a.length + " and " + b.length);
        }
        MannWhitneyUTest test = new MannWhitneyUTest();
        if (a.length + b.length > EXACT_UP_TO || hasTies(a, b)) {
            // Without a correction for ties its variance is too large: it errs towards silence.
            return test.mannWhitneyUTest(a, b);
        }
        long pairs = (long) a.length * b.length;
        long smallerU = pairs - Math.round(test.mannWhitneyU(a, b)); // it returns the larger of U and pairs - U
        long[] ways = orderCountsByU(a.length, b.length);
        double total = Arrays.stream(ways).sum();
        double atMost = 0;
        for (int u = 0; u <= smallerU; u++) {
            atMost += ways[u];
        }
        return Math.min(1, 2 * atMost / total);
    }

    private static boolean hasTies(double[] a, double[] b) {
        double[] all = DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().toArray();
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each u from 0 to m·n, in how many orders of m values of one side and n of the other
     * exactly u pairs have the first side's value larger: the coefficients of the Gaussian binomial
     * [m+n choose m](q) = Π_{i=1..m} (1 − q^(n+i)) / (1 − q^i), multiplied and divided in turn so
     * that every step is a polynomial with whole coefficients.
     */
    static long[] orderCountsByU(int m, int n) {
        long[] poly = new long[m * n + m + 1];
        poly[0] = 1;
        for (int i = 1; i <= m; i++) {
            for (int k = poly.length - 1; k >= n + i; k--) {
                poly[k] -= poly[k - n - i];
            }
            for (int k = i; k < poly.length; k++) {
                poly[k] += poly[k - i];
            }
        }
        return Arrays.copyOf(poly, m * n + 1);
    }
}
