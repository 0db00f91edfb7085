/**
 * Charts as small inline SVG of our own: text as {@code <text>}, coordinates to a tenth of a
 * pixel, no clip paths (every mark lies inside its axes). One colour per transport.
 */
package ipcbench.report.chart;
