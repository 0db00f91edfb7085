package ipcbench.report.render;

import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.text.Grid;

/** HTML escaping, the sortable table markup and the unstable badge. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A row's mark that the rerun loop left it short of its target: {@code unstable (bimodal)}. */
    static String badge(String escapedText) {
        return "<span class=\"badge unstable\">" + escapedText + "</span>";
    }

    /** A table that the page's script sorts by column; right-aligned columns sort as numbers. */
    static String table(String caption, Grid grid) {
        return sortable("<caption>" + escape(caption) + "</caption>", grid);
    }

    /** The same table closed under its caption until the reader opens it (the page opens it to print). */
    static String folded(String caption, Grid grid) {
        return "<details><summary>" + escape(caption) + "</summary>\n" + sortable("", grid) + "</details>\n";
    }

    private static String sortable(String caption, Grid grid) {
        StringBuilder sb = new StringBuilder("<table class=\"sortable\">").append(caption).append("\n<thead><tr>");
        grid.columns().forEach(c -> sb.append(c.right() ? "<th class=\"num\">" : "<th>").append(escape(c.header()))
                .append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (var row : grid.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Grid.Column column = grid.columns().get(i);
                String cell = escape(row.get(i));
                if (column.header().equals(PrecisionRow.COLUMN) && !cell.isEmpty()) {
                    cell = badge(cell);
                }
                sb.append(column.right() ? "<td class=\"num\">" : "<td>").append(cell).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }
}
