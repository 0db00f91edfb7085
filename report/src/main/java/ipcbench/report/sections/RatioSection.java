package ipcbench.report.sections;

import ipcbench.report.chart.Palette;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Each transport's mean divided by the reference transport's, for every benchmark, mode and set of
 * other parameters that the reference was measured with.
 */
final class RatioSection {
    static final String ID = "ratios";

    private RatioSection() {
    }

    static Optional<Section> build(List<LoadedRun> runs, String reference) {
        boolean manyRuns = runs.size() > 1;
        // row (run, benchmark, mode, unit, other params) -> transport -> mean
        Map<List<String>, Map<String, Double>> rows = new LinkedHashMap<>();
        TreeSet<String> transports = new TreeSet<>(Comparator.comparingInt(Palette::order)
                .thenComparing(Comparator.naturalOrder()));
        for (LoadedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                Measure m = new Measure(run, r, "", r.primary());
                if (!r.sampleMode() && m.seriesParam() != null) {
                    rows.computeIfAbsent(List.of(run.label(), m.benchmarkName(), r.mode(), r.primary().unit(),
                            m.category()), k -> new LinkedHashMap<>()).put(m.series(), r.primary().score());
                    transports.add(m.series());
                }
            }
        }
        rows.values().removeIf(byTransport -> !byTransport.containsKey(reference));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Grid.Column> cols = new ArrayList<>();
        if (manyRuns) {
            cols.add(Grid.left("run"));
        }
        cols.addAll(List.of(Grid.left("benchmark"), Grid.left("mode"), Grid.left("unit"), Grid.left("parameters")));
        transports.forEach(t -> cols.add(Grid.right(t)));
        Grid grid = new Grid(cols);
        rows.forEach((key, byTransport) -> {
            List<String> row = new ArrayList<>(manyRuns ? key : key.subList(1, key.size()));
            double ref = byTransport.get(reference);
            transports.forEach(t -> row.add(byTransport.containsKey(t)
                    ? Numbers.value(byTransport.get(t) / ref) + "×" : "-"));
            grid.add(row);
        });
        return Optional.of(new Section(ID, "Ratios to " + reference,
                "JMH's mean of each transport divided by that of " + reference + " (= 1.00×) with the other"
                        + " parameters equal. For a time or cost per operation below 1 is better; for a"
                        + " throughput above 1 is.",
                List.of(), List.of(new DataTable("Ratio to " + reference, grid))));
    }
}
