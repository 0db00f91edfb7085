package ipcbench.report.sections;

import static ipcbench.report.text.Grid.left;
import static ipcbench.report.text.Grid.right;

import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.stats.Estimate;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The table behind a chart: one row per number, with the half-width of its interval as a share of
 * it ({@code ±%}), the interval, and the samples behind it (forks or iterations, see {@link Estimate});
 * when the rerun loop left some of them short of its target, a column that says {@code unstable}.
 */
final class MeasureTable {
    private MeasureTable() {
    }

    static Grid of(List<Measure> measures, boolean manyRuns) {
        Set<String> params = new LinkedHashSet<>();
        measures.forEach(m -> params.addAll(m.result().params().keySet()));
        boolean secondary = measures.stream().anyMatch(m -> !m.metric().isEmpty());
        List<Grid.Column> columns = new ArrayList<>();
        if (manyRuns) {
            columns.add(left("run"));
        }
        columns.add(left("benchmark"));
        columns.add(left("mode"));
        params.forEach(p -> columns.add(left(p)));
        if (secondary) {
            columns.add(left("metric"));
        }
        columns.addAll(List.of(right("mean"), right("±%"), right("95% CI low"), right("95% CI high"), right("n"),
                left("samples"), left("unit")));
        boolean anyUnstable = measures.stream().anyMatch(m -> m.unstable().isPresent());
        if (anyUnstable) {
            columns.add(left(PrecisionRow.COLUMN));
        }
        Grid grid = new Grid(columns);
        for (Measure m : measures) {
            List<String> row = new ArrayList<>();
            if (manyRuns) {
                row.add(m.run().label());
            }
            row.add(m.benchmarkName());
            row.add(m.result().mode());
            params.forEach(p -> row.add(m.result().params().getOrDefault(p, "-")));
            if (secondary) {
                row.add(m.metric().isEmpty() ? "primary" : m.metric());
            }
            Estimate e = m.estimate();
            row.addAll(List.of(Numbers.value(e.mean()), Numbers.percent(e.relativeHalfWidth()), Numbers.value(e.low()),
                    Numbers.value(e.high()), Integer.toString(e.n()), kind(e), m.value().unit()));
            if (anyUnstable) {
                row.add(m.unstable().map(PrecisionRow::mark).orElse(""));
            }
            grid.add(row);
        }
        return grid;
    }

    /** "forks" or "iterations"; JMH's own figures when there were no samples. */
    private static String kind(Estimate e) {
        return e.n() == 0 ? e.samples() : e.forks() ? "forks" : "iterations";
    }
}
