/**
 * Comparing two runs in the manner of Go's benchstat: per benchmark, mode and parameter set, old
 * and new means with confidence intervals, the change, a Welch's t-test p-value, and a regression
 * gate; for sample mode and the load generator also the tails (each fork's or interval's p99,
 * p99.9), by their medians and a Mann-Whitney U test. {@link ipcbench.report.compare.RunComparer}
 * computes a {@link ipcbench.report.compare.Comparison} from
 * {@link ipcbench.report.compare.ComparedRun}s; the formats render it.
 */
package ipcbench.report.compare;
