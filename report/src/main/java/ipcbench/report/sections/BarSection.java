package ipcbench.report.sections;

import ipcbench.report.chart.BarSeries;
import ipcbench.report.chart.Charts;
import ipcbench.report.chart.Palette;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import ipcbench.report.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Bars per transport with 95 % error bars, grouped by the other parameters: round-trip time,
 * connections/s, CPU and allocation per request all take this form. One chart per benchmark, unit
 * and run.
 *
 * @param id      the section's anchor
 * @param title   its heading
 * @param intro   what it shows
 * @param select  which JMH entries belong to it
 * @param metrics the metrics of an entry to show, by name ("" for the primary one)
 */
record BarSection(String id, String title, String intro, Predicate<JmhResult> select,
                  Function<JmhResult, Map<String, Metric>> metrics) {

    Optional<Section> build(List<LoadedRun> runs) {
        List<Measure> all = new ArrayList<>();
        for (LoadedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                if (select.test(r)) {
                    metrics.apply(r).forEach((name, m) -> all.add(new Measure(run, r, name, m)));
                }
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Map<List<String>, List<Measure>> charts = new LinkedHashMap<>();
        all.forEach(m -> charts.computeIfAbsent(List.of(m.benchmarkName(), m.value().unit(), m.run().label()),
                k -> new ArrayList<>()).add(m));
        List<Section.Figure> figures = new ArrayList<>();
        charts.forEach((key, measures) -> {
            String caption = title + ": " + key.get(0) + (runs.size() > 1 ? " — " + key.get(2) : "");
            figures.add(new Section.Figure(caption, chart(id + "-" + figures.size(), caption, key.get(1), measures)));
        });
        return Optional.of(new Section(id, title, intro, figures,
                List.of(new DataTable(title + ": every number", MeasureTable.of(all, runs.size() > 1)))));
    }

    private static String chart(String chartId, String caption, String unit, List<Measure> measures) {
        // Parameters with one value in this chart would only lengthen every label: the caption's table has them.
        Set<String> varying = new LinkedHashSet<>();
        measures.forEach(m -> m.others().keySet().forEach(k -> {
            if (measures.stream().map(x -> x.others().get(k)).distinct().count() > 1) {
                varying.add(k);
            }
        }));
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(
                measures.stream().map(m -> m.category(varying)).toList()));
        Map<String, Map<String, Estimate>> byTransport = new LinkedHashMap<>();
        measures.stream().sorted(Comparator.comparingInt(m -> Palette.order(m.series())))
                .forEach(m -> byTransport.computeIfAbsent(m.series(), t -> new LinkedHashMap<>())
                        .put(m.category(varying), m.estimate()));
        List<BarSeries> series = new ArrayList<>();
        byTransport.forEach((transport, values) -> {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String c : categories) {
                Estimate e = values.get(c);
                means.add(e == null ? null : e.mean());
                errors.add(e == null ? null : (e.high() - e.low()) / 2);
            }
            series.add(new BarSeries(transport, means, errors));
        });
        return Charts.bars(chartId, caption, "parameters", unit + " (bars: mean; lines: 95% CI)", categories, series);
    }
}
