/** The subcommands of {@link ipcbench.report.ReportMain}, one class each. */
package ipcbench.report.cli;
