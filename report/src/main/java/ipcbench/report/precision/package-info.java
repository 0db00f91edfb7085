/**
 * How well a run's numbers are known: the rerun loop's verdict per row, from the run directory's
 * {@code precision.json}.
 */
package ipcbench.report.precision;
