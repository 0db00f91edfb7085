package ipcbench.report.compare;

import java.util.List;
import java.util.Map;

/**
 * How a comparison judges changes.
 *
 * @param threshold a significant change for the worse larger than this fraction (0.10 = 10 %)
 *                  fails the gate
 * @param alpha     significance level of the test; the confidence intervals shown are at 1 - alpha
 * @param unit      what one sample of a mean's test is (a tail's is always a fork or a load interval)
 * @param informational rows compared and shown but never failing the gate: a parameter ({@code transport=shm-spin})
 *                  or a benchmark class ({@code Concurrency}) each; a row matching any is informational
 */
public record Settings(double threshold, double alpha, SampleUnit unit, List<String> informational) {
    /** Every row can fail the gate. */
    public Settings(double threshold, double alpha, SampleUnit unit) {
        this(threshold, alpha, unit, List.of());
    }

    public Settings {
        informational = List.copyOf(informational);
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("threshold must be >= 0, is " + threshold);
        }
        if (unit == SampleUnit.INTERVALS) {
            throw new IllegalArgumentException("samples must be auto, runs, forks or iterations, is intervals"
                    + " (load-generator runs are always compared by interval)");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, is " + alpha);
        }
    }

    public double confidence() {
        return 1 - alpha;
    }

    /** Whether a row of {@code benchmark} (fully qualified method) with {@code params} is only informational. */
    public boolean informational(String benchmark, Map<String, String> params) {
        String[] parts = benchmark.split("\\.");
        String benchmarkClass = parts.length >= 2 ? parts[parts.length - 2] : benchmark;
        for (String pattern : informational) {
            int equals = pattern.indexOf('=');
            if (equals < 0 ? pattern.equals(benchmarkClass)
                    : pattern.substring(equals + 1).equals(params.get(pattern.substring(0, equals)))) {
                return true;
            }
        }
        return false;
    }
}
