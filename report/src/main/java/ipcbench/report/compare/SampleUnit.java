package ipcbench.report.compare;

/**
 * What one sample of the test is. Iterations of one fork share its JIT decisions, memory layout
 * and the machine's state at the time, so they are not independent and overstate the evidence;
 * forks are independent JVMs, but a run has few of them. The load generator's samples are its
 * one-second intervals, whatever is chosen for JMH's.
 */
public enum SampleUnit {
    /** Forks where both sides have enough of them, iterations otherwise; a setting, never a row's. */
    AUTO,
    /** Each fork: its mean, or its tail percentile. */
    FORKS,
    /** Each measurement iteration. */
    ITERATIONS,
    /** Each interval of a load-generator run; a row's, never a setting. */
    INTERVALS
}
