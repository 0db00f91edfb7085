package ipcbench.report.sections;

import ipcbench.report.chart.Charts;
import ipcbench.report.chart.LineSeries;
import ipcbench.report.chart.Palette;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.load.PercentileCurve;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Latency by percentile: from JMH's sample mode (one chart per benchmark, other parameters and
 * run) and from the load generator's {@code .hgrm} files (one chart per run).
 */
final class PercentileSection {
    static final String ID = "percentiles";

    private PercentileSection() {
    }

    static Optional<Section> build(List<LoadedRun> runs) {
        boolean manyRuns = runs.size() > 1;
        List<Section.Figure> figures = new ArrayList<>();
        List<DataTable> tables = new ArrayList<>();
        Map<List<String>, List<Measure>> charts = new LinkedHashMap<>();
        List<Measure> all = new ArrayList<>();
        for (LoadedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                if (r.sampleMode() && r.primary().percentiles().size() > 1) {
                    Measure m = new Measure(run, r, "", r.primary());
                    all.add(m);
                    charts.computeIfAbsent(List.of(m.benchmarkName(), m.category(), m.value().unit(), run.label()),
                            k -> new ArrayList<>()).add(m);
                }
            }
        }
        charts.forEach((key, measures) -> {
            String caption = "Latency by percentile: " + key.get(0) + " " + key.get(1)
                    + (manyRuns ? " — " + key.get(3) : "");
            List<LineSeries> curves = measures.stream()
                    .sorted(Comparator.comparingInt(m -> Palette.order(m.series())))
                    .map(m -> new LineSeries(m.series(), List.copyOf(m.value().percentiles().keySet()),
                            List.copyOf(m.value().percentiles().values())))
                    .toList();
            figures.add(new Section.Figure(caption, Charts.percentiles(ID + "-" + figures.size(),
                    key.get(0) + " " + key.get(1), "latency (" + key.get(2) + ")", curves)));
        });
        if (!all.isEmpty()) {
            tables.add(new DataTable("Latency by percentile (JMH sample mode)", jmhTable(all, manyRuns)));
        }
        for (LoadedRun run : runs) {
            if (!run.load().isEmpty()) {
                String caption = "Load generator: latency by percentile" + (manyRuns ? " — " + run.label() : "");
                List<LineSeries> curves = run.load().stream()
                        .map(c -> new LineSeries(c.name(), c.percentiles(), c.values())).toList();
                figures.add(new Section.Figure(caption, Charts.percentiles(ID + "-" + figures.size(), caption,
                        "latency (µs, as written in the .hgrm)", curves)));
                tables.add(new DataTable(caption, loadTable(run.load())));
            }
        }
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(ID, "Latency percentiles",
                "Each request's latency: JMH's sample mode times individual round trips; the load generator, where"
                        + " the run has one, sends at a fixed rate and counts from the scheduled send time, so stalls"
                        + " count. The x axis is 1/(1-p) on a log scale, as HdrHistogram's plotter draws it; the"
                        + " latency axis is logarithmic too, so that the median and a tail a hundred times longer"
                        + " both show.",
                figures, tables));
    }

    private static Grid jmhTable(List<Measure> all, boolean manyRuns) {
        List<Double> ps = all.get(0).value().percentiles().keySet().stream().toList();
        List<Grid.Column> cols = new ArrayList<>();
        if (manyRuns) {
            cols.add(Grid.left("run"));
        }
        cols.add(Grid.left("benchmark"));
        cols.add(Grid.left("transport or target"));
        cols.add(Grid.left("parameters"));
        ps.forEach(p -> cols.add(Grid.right("p" + Numbers.value(p).replaceAll("\\.?0+$", ""))));
        cols.add(Grid.left("unit"));
        Grid grid = new Grid(cols);
        for (Measure m : all) {
            List<String> row = new ArrayList<>();
            if (manyRuns) {
                row.add(m.run().label());
            }
            row.addAll(List.of(m.benchmarkName(), m.series(), m.category()));
            ps.forEach(p -> row.add(Numbers.value(m.value().percentiles().getOrDefault(p, Double.NaN))));
            row.add(m.value().unit());
            grid.add(row);
        }
        return grid;
    }

    private static Grid loadTable(List<PercentileCurve> curves) {
        Grid grid = new Grid(List.of(Grid.left("file"), Grid.right("p50"), Grid.right("p90"), Grid.right("p99"),
                Grid.right("p99.9"), Grid.right("max")));
        for (PercentileCurve c : curves) {
            grid.add(List.of(c.name(), at(c, 50), at(c, 90), at(c, 99), at(c, 99.9), at(c, 100)));
        }
        return grid;
    }

    /** The value at the first line at or above percentile {@code p}, as HdrHistogram reports it. */
    private static String at(PercentileCurve c, double p) {
        for (int i = 0; i < c.percentiles().size(); i++) {
            if (c.percentiles().get(i) >= p - 1e-9) {
                return Numbers.value(c.values().get(i));
            }
        }
        return "-";
    }
}
