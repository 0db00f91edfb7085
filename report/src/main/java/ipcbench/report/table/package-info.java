/** The closing results table of a run, printed by {@code scripts/run-bench.sh}. */
package ipcbench.report.table;
