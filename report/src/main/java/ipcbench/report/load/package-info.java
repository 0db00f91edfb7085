/**
 * The load generator's results in a run directory: HdrHistogram percentile files
 * ({@code load/*.hgrm}) and interval logs ({@code load/*.hlog}).
 */
package ipcbench.report.load;
