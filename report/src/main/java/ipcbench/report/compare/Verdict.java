package ipcbench.report.compare;

/** What a row's test says. */
public enum Verdict {
    /** Significantly better. */
    IMPROVEMENT,
    /** Significantly worse (it fails the gate only beyond the threshold). */
    REGRESSION,
    /** No significant difference: shown as {@code ~}. */
    NO_CHANGE,
    /** Fewer than {@link ipcbench.report.stats.WelchTest#MIN_SAMPLES} samples on a side: untested. */
    TOO_FEW_SAMPLES
}
