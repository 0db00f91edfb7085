package ipcbench.report.stats;

import ipcbench.report.jmh.Metric;
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

    public static Estimate ofSamples(List<Double> samples, double confidence) {
        Summary s = Summary.of(samples.stream().mapToDouble(Double::doubleValue).toArray(), confidence);
        return new Estimate(s.mean(), s.mean() - s.halfWidth(), s.mean() + s.halfWidth(), s.n());
    }

    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
