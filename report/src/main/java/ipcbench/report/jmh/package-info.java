/**
 * Reading JMH results: {@link ipcbench.report.jmh.JmhReader} turns a run directory (or a bare JMH
 * {@code -rf json} file) into a {@link ipcbench.report.jmh.JmhRun}, one
 * {@link ipcbench.report.jmh.JmhResult} per benchmark, mode and parameter set.
 */
package ipcbench.report.jmh;
