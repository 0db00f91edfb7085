package ipcbench.report.sections;

import ipcbench.report.chart.Charts;
import ipcbench.report.chart.LineSeries;
import ipcbench.report.chart.Palette;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A throughput against a numeric parameter (clients, chunk size): one curve per transport (and
 * per value of any other parameter), one chart per benchmark and run.
 *
 * @param id      the section's anchor
 * @param title   its heading
 * @param intro   what it shows
 * @param xParam  the parameter on the x axis; entries without a numeric value of it are left out
 * @param logX    whether the x axis is logarithmic (sizes spanning decades)
 * @param select  which JMH entries belong to it
 * @param convert the metric as charted (Stream's batches per second become its MB/s counter)
 */
record LineSection(String id, String title, String intro, String xParam, boolean logX, Predicate<JmhResult> select,
                   UnaryOperator<Measure> convert) {

    Optional<Section> build(List<LoadedRun> runs) {
        List<Measure> all = new ArrayList<>();
        for (LoadedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                if (select.test(r) && number(r.param(xParam)) != null) {
                    all.add(convert.apply(new Measure(run, r, "", r.primary())));
                }
            }
        }
        // A single x value makes no curve: the results table still lists such entries.
        if (all.stream().map(m -> m.result().param(xParam)).distinct().count() < 2) {
            return Optional.empty();
        }
        Map<List<String>, List<Measure>> charts = new LinkedHashMap<>();
        all.forEach(m -> charts.computeIfAbsent(List.of(m.benchmarkName(), m.value().unit(), m.run().label()),
                k -> new ArrayList<>()).add(m));
        List<Section.Figure> figures = new ArrayList<>();
        charts.forEach((key, measures) -> {
            String caption = title + ": " + key.get(0) + (runs.size() > 1 ? " — " + key.get(2) : "");
            figures.add(new Section.Figure(caption, Charts.lines(id + "-" + figures.size(), caption, xParam,
                    key.get(1), logX, curves(measures))));
        });
        return Optional.of(new Section(id, title, intro, figures,
                List.of(new DataTable(title + ": every number", MeasureTable.of(all, runs.size() > 1)))));
    }

    private List<LineSeries> curves(List<Measure> measures) {
        Map<String, List<Measure>> byCurve = new LinkedHashMap<>();
        measures.stream().sorted(Comparator.comparingInt((Measure m) -> Palette.order(m.series()))
                        .thenComparing(m -> number(m.result().param(xParam))))
                .forEach(m -> byCurve.computeIfAbsent(curveName(m), c -> new ArrayList<>()).add(m));
        List<LineSeries> curves = new ArrayList<>();
        byCurve.forEach((name, points) -> curves.add(new LineSeries(name,
                points.stream().map(m -> number(m.result().param(xParam))).toList(),
                points.stream().map(m -> m.estimate().mean()).toList())));
        return curves;
    }

    private String curveName(Measure m) {
        StringBuilder sb = new StringBuilder(m.series());
        m.others().forEach((k, v) -> {
            if (!k.equals(xParam)) {
                sb.append(' ').append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    private static Double number(String v) {
        try {
            return v == null ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Stream's own payload counter ({@code mb}: MB/s of 10^6 payload bytes, headers not counted) in
     * place of its primary score, which counts batches of many chunks (4 MiB) per second, not chunks;
     * a result without the counter stays as it is rather than be converted by a guess.
     */
    static Measure megabytesPerSecond(Measure m) {
        Metric mb = m.result().secondary("mb").get("mb");
        return mb == null ? m : new Measure(m.run(), m.result(), m.metric(), mb.scaled(1, "MB/s"));
    }
}
