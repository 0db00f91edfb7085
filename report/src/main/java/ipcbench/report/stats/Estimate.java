package ipcbench.report.stats;

import ipcbench.report.jmh.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * A mean with a confidence interval, as charts' error bars and the claims use it.
 *
 * @param mean the mean of the per-iteration samples (JMH's score when there are none)
 * @param low  lower end of the interval; NaN when there is none
 * @param high upper end of the interval; NaN when there is none
 * @param n    samples behind it (0 when only JMH's score was known)
 */
public record Estimate(double mean, double low, double high, int n) {

    /**
     * From the metric's per-iteration samples with a Student's t interval (as {@code compare}
     * uses); with fewer than two samples, JMH's own interval, which is all there is.
     */
    public static Estimate of(Metric m, double confidence) {
        if (m.samples().size() >= 2) {
            return ofSamples(m.samples(), confidence);
        }
        return new Estimate(m.score(), m.ciLow(), m.ciHigh(), m.samples().size());
    }

    /**
     * The sum of metrics read in the same iterations (a profiler's user and system time), added up
     * iteration by iteration so that the sum keeps an interval; a single metric gives {@link #of}. Without
     * two iterations in each, or with different iteration counts (a profiler missed one), only the
     * scores can be added: no interval.
     */
    public static Estimate ofSum(List<Metric> parts, double confidence) {
        if (parts.size() == 1) {
            return of(parts.get(0), confidence);
        }
        int n = parts.get(0).samples().size();
        boolean paired = parts.stream().allMatch(m -> m.samples().size() == n);
        if (paired && n >= 2) {
            List<Double> sums = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                final int iteration = i;
                sums.add(parts.stream().mapToDouble(m -> m.samples().get(iteration)).sum());
            }
            return ofSamples(sums, confidence);
        }
        return new Estimate(parts.stream().mapToDouble(Metric::score).sum(), Double.NaN, Double.NaN, paired ? n : 0);
    }

    public static Estimate ofSamples(List<Double> samples, double confidence) {
        Summary s = Summary.of(samples.stream().mapToDouble(Double::doubleValue).toArray(), confidence);
        return new Estimate(s.mean(), s.mean() - s.halfWidth(), s.mean() + s.halfWidth(), s.n());
    }

    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
