/** Charts as inline SVG: XChart lays them out, JFreeSVG paints them; one colour per transport. */
package ipcbench.report.chart;
