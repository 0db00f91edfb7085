package ipcbench.report.compare;

import ipcbench.report.stats.Summary;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Where one side's samples of a row lie: their mean with a confidence interval, or, for a tail
 * percentile, their median without one.
 *
 * @param n         samples
 * @param value     their mean or median; NaN when there are none
 * @param halfWidth half-width of the mean's confidence interval; NaN for a median or fewer than two samples
 */
public record Center(int n, double value, double halfWidth) {

    static Center mean(double[] samples, double confidence) {
        Summary s = Summary.of(samples, confidence);
        return new Center(s.n(), s.mean(), s.halfWidth());
    }

    static Center median(double[] samples) {
        return new Center(samples.length, StatUtils.percentile(samples, 50), Double.NaN);
    }

    /** The half-width as a fraction of the value. */
    public double relativeHalfWidth() {
        return halfWidth / Math.abs(value);
    }
}
