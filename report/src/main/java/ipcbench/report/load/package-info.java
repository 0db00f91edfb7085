/** The load generator's results in a run directory: HdrHistogram percentile files ({@code load/*.hgrm}). */
package ipcbench.report.load;
