/** Writing the report: a self-contained {@code report.html} and a {@code summary.md}. */
package ipcbench.report.render;
