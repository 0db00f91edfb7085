/**
 * The claims that motivate the project, read from a data file and checked against a run's
 * numbers: supported, not supported or inconclusive, with the figures that decided it.
 */
package ipcbench.report.claims;
