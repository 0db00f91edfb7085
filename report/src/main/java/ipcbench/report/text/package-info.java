/** Laying out rows of cells as terminal text or Markdown, and formatting numbers for them. */
package ipcbench.report.text;
