package ipcbench.report.compare;

/**
 * What one sample of the test is. Iterations of one fork share its JIT decisions, memory layout
 * and the machine's state at the time, so they are not independent and overstate the evidence;
 * forks are separate JVMs, but the forks of one run share the machine's state of those minutes,
 * which on a shared VM moves a whole run by more than its forks differ (docs/ci.md, the gate
 * study); runs are the most independent, and a side has the fewest of them. The load
 * generator's samples are its one-second intervals, whatever is chosen for JMH's.
 */
public enum SampleUnit {
    /** Runs where both sides have enough of them, else forks, else iterations; a setting, never a row's. */
    AUTO,
    /** Each run: the mean of its forks' means. */
    RUNS,
    /** Each fork: its mean, or its tail percentile. */
    FORKS,
    /** Each measurement iteration. */
    ITERATIONS,
    /** Each interval of a load-generator run; a row's, never a setting. */
    INTERVALS
}
