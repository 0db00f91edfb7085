/** Statistics on per-iteration samples: summaries and estimates with t-based confidence intervals, Welch's t-test. */
package ipcbench.report.stats;
