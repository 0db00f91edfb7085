/**
 * Comparing two runs in the manner of Go's benchstat: per benchmark, mode and parameter set, old
 * and new means with confidence intervals, the change, a Welch's t-test p-value, and a regression
 * gate. {@link ipcbench.report.compare.RunComparer} computes a
 * {@link ipcbench.report.compare.Comparison}; the formats render it.
 */
package ipcbench.report.compare;
