package ipcbench.report.sections;

import static ipcbench.report.text.Grid.left;
import static ipcbench.report.text.Grid.right;

import ipcbench.report.stats.Estimate;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The table behind a chart: one row per number, with its interval and sample count. */
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
        columns.addAll(List.of(right("mean"), right("95% CI low"), right("95% CI high"), right("n"), left("unit")));
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
            row.addAll(List.of(Numbers.value(e.mean()), Numbers.value(e.low()), Numbers.value(e.high()),
                    Integer.toString(e.n()), m.value().unit()));
            grid.add(row);
        }
        return grid;
    }
}
