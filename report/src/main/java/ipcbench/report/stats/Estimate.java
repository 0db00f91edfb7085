package ipcbench.report.stats;

import ipcbench.report.jmh.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A mean with a confidence interval, as the tables, charts' error bars and the claims use it.
 *
 * <p>The interval is over the samples that are independent, as {@code compare} decides
 * ({@code SampleUnit.AUTO}): the fork means when there are at least {@link WelchTest#MIN_SAMPLES}
 * forks, else the iterations. Iterations of one fork share its JIT decisions and memory layout, so
 * with enough forks their interval would overstate the evidence.
 *
 * @param mean  the mean of the samples (JMH's score when there are none)
 * @param low   lower end of the interval; NaN when there is none
 * @param high  upper end of the interval; NaN when there is none
 * @param n     samples behind it (0 when only JMH's score was known)
 * @param forks whether the samples are fork means; else iterations (or only JMH's score)
 */
public record Estimate(double mean, double low, double high, int n, boolean forks) {

    /** An estimate over iterations (or JMH's score alone). */
    public Estimate(double mean, double low, double high, int n) {
        this(mean, low, high, n, false);
    }

    /** Whether a result with this many forks is judged by its fork means. */
    public static boolean byForks(int forks) {
        return forks >= WelchTest.MIN_SAMPLES;
    }

    /**
     * From the metric's fork means, or per-iteration samples, with a Student's t interval (as
     * {@code compare} uses); with fewer than two samples, JMH's own interval, which is all there is.
     */
    public static Estimate of(Metric m, double confidence) {
        if (byForks(m.forkMeans().size())) {
            return ofSamples(m.forkMeans(), confidence, true);
        }
        if (m.samples().size() >= 2) {
            return ofSamples(m.samples(), confidence);
        }
        return new Estimate(m.score(), m.ciLow(), m.ciHigh(), m.samples().size());
    }

    /**
     * The sum of metrics read in the same iterations (a profiler's user and system time), added up
     * fork by fork (when each has enough forks, as many) or iteration by iteration, so that the sum
     * keeps an interval; a single metric gives {@link #of}. Without two iterations in each, or with
     * different iteration counts (a profiler missed one), only the scores can be added: no interval.
     */
    public static Estimate ofSum(List<Metric> parts, double confidence) {
        if (parts.size() == 1) {
            return of(parts.get(0), confidence);
        }
        int forks = parts.get(0).forkMeans().size();
        if (byForks(forks) && parts.stream().allMatch(m -> m.forkMeans().size() == forks)) {
            return ofSamples(sums(parts, Metric::forkMeans, forks), confidence, true);
        }
        int n = parts.get(0).samples().size();
        boolean paired = parts.stream().allMatch(m -> m.samples().size() == n);
        if (paired && n >= 2) {
            return ofSamples(sums(parts, Metric::samples, n), confidence);
        }
        return new Estimate(parts.stream().mapToDouble(Metric::score).sum(), Double.NaN, Double.NaN, paired ? n : 0);
    }

    public static Estimate ofSamples(List<Double> samples, double confidence) {
        return ofSamples(samples, confidence, false);
    }

    private static Estimate ofSamples(List<Double> samples, double confidence, boolean forks) {
        Summary s = Summary.of(samples.stream().mapToDouble(Double::doubleValue).toArray(), confidence);
        return new Estimate(s.mean(), s.mean() - s.halfWidth(), s.mean() + s.halfWidth(), s.n(), forks);
    }

    private static List<Double> sums(List<Metric> parts, Function<Metric, List<Double>> values, int n) {
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int index = i;
            sums.add(parts.stream().mapToDouble(m -> values.apply(m).get(index)).sum());
        }
        return sums;
    }

    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** Half the interval as a fraction of the mean (0.021 for ± 2.1 %); NaN without an interval. */
    public double relativeHalfWidth() {
        return hasInterval() ? (high - low) / 2 / Math.abs(mean) : Double.NaN;
    }

    /** What the samples are: "5 forks", "6 iterations"; JMH's own figures when there were none. */
    public String samples() {
        if (n == 0) {
            return hasInterval() ? "JMH's interval" : "JMH's score";
        }
        return n + (forks ? n == 1 ? " fork" : " forks" : n == 1 ? " iteration" : " iterations");
    }
}
