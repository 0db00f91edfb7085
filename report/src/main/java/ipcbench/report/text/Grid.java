package ipcbench.report.text;

import java.util.ArrayList;
import java.util.List;

/** A table of text cells under a header, rendered as aligned terminal text or as Markdown. */
public final class Grid {
    /** A column: its header and whether its cells are right-aligned (numbers). */
    public record Column(String header, boolean right) {
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public Grid(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static Column left(String header) {
        return new Column(header, false);
    }

    public static Column right(String header) {
        return new Column(header, true);
    }

    public Grid add(List<String> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
        }
        rows.add(List.copyOf(row));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** Aligned columns separated by two spaces, for a terminal; each line ends with a newline. */
    public String text() {
        List<List<String>> all = withHeader();
        int[] width = new int[columns.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(columns.get(c).right() ? pad + cell : cell + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** A GitHub-flavoured Markdown table; pipes inside cells are escaped. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        List<List<String>> all = withHeader();
        for (int r = 0; r < all.size(); r++) {
            sb.append('|');
            for (String cell : all.get(r)) {
                sb.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|');
                columns.forEach(c -> sb.append(c.right() ? " ---: |" : " --- |"));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>();
        all.add(columns.stream().map(Column::header).toList());
        all.addAll(rows);
        return all;
    }
}
