package ipcbench.report.compare;

/**
 * What one sample of the test is. Iterations of one fork share its JIT decisions, memory layout
 * and the machine's state at the time, so they are not independent and overstate the evidence;
 * forks are independent JVMs, but a run has few of them.
 */
public enum SampleUnit {
    /** Forks where both sides have enough of them, iterations otherwise. */
    AUTO,
    /** The mean of each fork. */
    FORKS,
    /** Each measurement iteration. */
    ITERATIONS
}
