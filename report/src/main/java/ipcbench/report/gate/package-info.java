/**
 * What the CI gate costs in false alarms and what it catches (issue 17): comparisons of runs of
 * one commit against each other (A/A) and against runs with a known slowdown injected into one
 * transport's daemons (A/B), pooled as {@code .github/workflows/bench.yml} pools its rounds, made
 * with {@code compare}'s own {@link ipcbench.report.compare.RunComparer}, and counted per row and
 * per comparison. {@link ipcbench.report.gate.GateStudy} counts, {@link ipcbench.report.gate.Splits}
 * pairs the runs, {@link ipcbench.report.gate.StudyMarkdown} writes the tables.
 */
package ipcbench.report.gate;
