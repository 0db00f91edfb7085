/**
 * Statistics on a metric's samples (fork means or iterations): summaries and estimates with t-based
 * confidence intervals, Welch's t-test.
 */
package ipcbench.report.stats;
