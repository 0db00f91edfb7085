package ipcbench.report.compare;

/**
 * How a comparison judges changes.
 *
 * @param threshold a significant change for the worse larger than this fraction (0.10 = 10 %)
 *                  fails the gate
 * @param alpha     significance level of the test; the confidence intervals shown are at 1 - alpha
 * @param unit      what one sample of a mean's test is (a tail's is always a fork or a load interval)
 */
public record Settings(double threshold, double alpha, SampleUnit unit) {
    public Settings {
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("threshold must be >= 0, is " + threshold);
        }
        if (unit == SampleUnit.INTERVALS) {
            throw new IllegalArgumentException("samples must be auto, forks or iterations, is intervals"
                    + " (load-generator runs are always compared by interval)");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, is " + alpha);
        }
    }

    public double confidence() {
        return 1 - alpha;
    }
}
