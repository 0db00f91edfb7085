/**
 * The report's content, independent of its format: one {@link ipcbench.report.sections.Section}
 * per kind of result a run holds (round trips, percentiles, throughput, CPU, allocation…), each
 * with charts and tables.
 */
package ipcbench.report.sections;
