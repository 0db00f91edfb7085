package ipcbench.report.compare;

/** What a row's test says. */
public enum Verdict {
    /** Significantly better. */
    IMPROVEMENT,
    /** Significantly worse (it fails the gate only beyond the threshold). */
    REGRESSION,
    /** No significant difference: shown as {@code ~}. */
    NO_CHANGE,
    /** Fewer samples on a side than the statistic's test needs (4): untested. */
    TOO_FEW_SAMPLES
}
