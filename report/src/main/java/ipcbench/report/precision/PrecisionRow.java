package ipcbench.report.precision;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.ResultKey;
import ipcbench.report.text.Numbers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of {@code precision.json}: how precisely the rerun loop got a result's mean, and, when it
 * missed the target, what it saw.
 *
 * @param benchmark fully qualified method, as in jmh.json
 * @param mode      JMH's mode label
 * @param params    all of the result's parameters
 * @param halfWidth the half-width of the mean's 95 % interval as a fraction of the mean; NaN when
 *                  there were fewer than 2 samples (null in the file)
 * @param samples   what the interval is over: {@code forks} or {@code iterations}
 * @param n         how many of them
 * @param met       whether the half-width reached the target within the budget
 * @param diagnosis when not met, what the samples look like: {@code bimodal}, {@code drift},
 *                  {@code trend within fork}, {@code scatter} ("" when absent)
 * @param detail    the figures behind the diagnosis, e.g. {@code fork means 12.1 -> 14.0 us/op}
 * @param outlook   when not met, what more forks were predicted to do: {@code would need about 3 more
 *                  fork(s)} or {@code out of reach (more than 16 forks)} ("" when the file does not say)
 */
public record PrecisionRow(String benchmark, String mode, Map<String, String> params, double halfWidth,
                           String samples, int n, boolean met, String diagnosis, String detail, String outlook) {
    /** How an unstable row is marked in every table: {@code unstable (bimodal)}. */
    public static final String UNSTABLE = "unstable";
    /** The header of the column that holds the marks; the page shows them as badges. */
    public static final String COLUMN = "precision";

    public PrecisionRow {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public ResultKey key() {
        return new ResultKey(benchmark, mode, params);
    }

    public boolean matches(JmhResult r) {
        return benchmark.equals(r.benchmark()) && mode.equals(r.mode()) && params.equals(r.params());
    }

    /** {@code unstable (bimodal)}, or {@code unstable} without a diagnosis. */
    public String mark() {
        return diagnosis.isEmpty() ? UNSTABLE : UNSTABLE + " (" + diagnosis + ")";
    }

    /**
     * {@code ±7.3% over 5 forks (target ±5.0%): bimodal, fork means 12.1 -> 14.0 us/op; would need
     * about 9 more fork(s)}.
     */
    public String explanation(double target) {
        StringBuilder sb = new StringBuilder(Double.isFinite(halfWidth) ? "±" + Numbers.percent(halfWidth) : "no interval")
                .append(" over ").append(n).append(' ').append(samples);
        if (Double.isFinite(target)) {
            sb.append(" (target ±").append(Numbers.percent(target)).append(')');
        }
        if (!diagnosis.isEmpty()) {
            sb.append(": ").append(diagnosis);
        }
        if (!detail.isEmpty()) {
            sb.append(diagnosis.isEmpty() ? ": " : ", ").append(detail);
        }
        if (!outlook.isEmpty()) {
            sb.append("; ").append(outlook);
        }
        return sb.toString();
    }
}
