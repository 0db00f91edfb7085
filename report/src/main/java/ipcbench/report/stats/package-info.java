/** Statistics on per-iteration samples: summaries with t-based confidence intervals, Welch's t-test. */
package ipcbench.report.stats;
