package ipcbench.report.sections;

import ipcbench.report.text.Grid;

/**
 * A table of numbers with a caption; right-aligned columns sort as numbers in the HTML page.
 *
 * @param folded shown closed under its caption until the reader opens it: for long reference
 *               material (the run's parameters) that would push the findings down the page
 */
public record DataTable(String caption, Grid grid, boolean folded) {

    public DataTable(String caption, Grid grid) {
        this(caption, grid, false);
    }
}
