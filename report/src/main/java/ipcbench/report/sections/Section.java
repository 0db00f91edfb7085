package ipcbench.report.sections;

import java.util.List;

/**
 * A part of the report about one kind of result: its charts and the tables with every number
 * behind them. Built only when the runs have such results, so that no chart is ever empty.
 *
 * @param id      HTML anchor
 * @param title   heading
 * @param intro   one or two sentences saying what is shown and how it was measured
 * @param figures charts, one per run and kind, side by side when there are several runs
 * @param tables  the numbers
 */
public record Section(String id, String title, String intro, List<Figure> figures, List<DataTable> tables) {

    public Section {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /** A chart as an inline {@code <svg>} element, with a caption. */
    public record Figure(String caption, String svg) {
    }
}
