package ipcbench.report.sections;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.stats.Estimate;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Every JMH entry with JMH's own score and error, including benchmarks no chart knows, and the
 * half-width of the score's 95 % interval as a share of it ({@code ±%}, see {@link Estimate}).
 */
final class ResultsSection {
    static final String ID = "results";

    private ResultsSection() {
    }

    static Section build(List<LoadedRun> runs) {
        boolean manyRuns = runs.size() > 1;
        List<Grid.Column> cols = new ArrayList<>();
        if (manyRuns) {
            cols.add(Grid.left("run"));
        }
        cols.addAll(List.of(Grid.left("benchmark"), Grid.left("mode"), Grid.left("parameters"), Grid.right("score"),
                Grid.right("error (99.9%)"), Grid.left("unit"), Grid.right("±%")));
        boolean anyUnstable = runs.stream().anyMatch(r -> !r.precision().unstable().isEmpty());
        if (anyUnstable) {
            cols.add(Grid.left(PrecisionRow.COLUMN));
        }
        Grid grid = new Grid(cols);
        for (LoadedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                List<String> row = new ArrayList<>();
                if (manyRuns) {
                    row.add(run.label());
                }
                row.addAll(List.of(r.key().shortName(), r.mode(), r.key().paramText(),
                        Numbers.value(r.primary().score()), Numbers.value(r.primary().error()), r.primary().unit(),
                        Numbers.percent(Estimate.of(r.primary(), Measure.CONFIDENCE).relativeHalfWidth())));
                if (anyUnstable) {
                    row.add(run.precision().unstable(r).map(PrecisionRow::mark).orElse(""));
                }
                grid.add(row);
            }
        }
        return new Section(ID, "All results",
                "Every entry of " + RunDirectory.JMH_JSON + " as JMH reported it (score ± its 99.9 % error), and ±%:"
                        + " the half-width of the score's 95 % interval over the fork means (4 forks or more) or else"
                        + " the iterations, as a share of the score.",
                List.of(), List.of(new DataTable("All JMH results", grid)));
    }
}
