/**
 * Precision as a target: how wide the 95 % confidence interval of each result row's mean is, more
 * forks for the rows that miss the target within a time budget, a diagnosis of the rows that still
 * miss it, and {@code precision.json}, where the run keeps all that ({@link PrecisionFile}).
 */
package ipcbench.bench.precision;
