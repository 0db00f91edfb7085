/** Reading results: tables, reports and comparisons of JMH runs. */
package ipcbench.report;
