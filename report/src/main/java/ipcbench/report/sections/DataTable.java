package ipcbench.report.sections;

import ipcbench.report.text.Grid;

/** A table of numbers with a caption; right-aligned columns sort as numbers in the HTML page. */
public record DataTable(String caption, Grid grid) {
}
