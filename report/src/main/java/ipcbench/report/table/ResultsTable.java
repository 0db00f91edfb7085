package ipcbench.report.table;

import static ipcbench.report.text.Grid.left;
import static ipcbench.report.text.Grid.right;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.jmh.Metric;
import ipcbench.report.precision.Precision;
import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.stats.Estimate;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One block per benchmark, one row per parameter set: JMH's mean ± error from the averaging entry
 * (avgt, thrpt or ss) and the half-width of the mean's 95 % interval as a share of it ({@code ±%},
 * over forks or iterations as {@link Estimate} decides), latency percentiles from the sample-mode entry with the same parameters, and
 * the mean's ratio to the reference value of one parameter (by default {@code transport=tcp-nio})
 * with all other parameters equal. Blocks whose results carry them get more columns: for throughput,
 * the mean time per operation of one thread ({@code threads / throughput}: each thread has one
 * operation outstanding at a time); the {@code mb} counter (MB/s); and {@code CpuProfiler}'s CPU
 * time of client and daemon (user + system, µs/op) and the daemon's context switches per op.
 */
public final class ResultsTable {
    /** Percentiles shown, from sample mode; those of an avgt entry are of iteration means, not latencies. */
    private static final double[] PERCENTILES = {50.0, 99.0, 99.9};
    /** Extra columns: header and the secondary metrics summed into it. */
    private static final String[][] EXTRAS = {
            {"MB/s", "mb"},
            {"cpu client us/op", "cpu.client.user", "cpu.client.sys"},
            {"cpu daemon us/op", "cpu.daemon.user", "cpu.daemon.sys"},
            {"daemon ctxsw/op", "ctxsw.daemon.voluntary", "ctxsw.daemon.involuntary"}};
    private static final String NOT_MEASURED = "not measured";
    /** Of the {@code ±%} column, as the report's error bars. */
    private static final double CONFIDENCE = 0.95;
    private static final Map<String, Double> PER_SECOND = Map.of("ops/s", 1e6, "ops/ms", 1e3, "ops/us", 1.0);

    private final String param;
    private final String reference;

    /**
     * @param param     the parameter to compare along, e.g. {@code transport}
     * @param reference its value that the others are divided by, e.g. {@code tcp-nio}
     */
    public ResultsTable(String param, String reference) {
        this.param = param;
        this.reference = reference;
    }

    public String render(JmhRun run) {
        return render(run, List.of());
    }

    public String render(JmhRun run, List<NotApplicable> notApplicable) {
        return render(run, notApplicable, Precision.NONE);
    }

    /**
     * The table, then one {@code n/a} line per combination the run did not measure, with the
     * reason, and one line per row that the rerun loop could not get to its target precision
     * ({@code precision.json}), with what it saw; such rows say {@code unstable (diagnosis)}.
     */
    public String render(JmhRun run, List<NotApplicable> notApplicable, Precision precision) {
        // benchmark -> params -> the run's entries for them (one per mode)
        Map<String, Map<Map<String, String>, List<JmhResult>>> byBenchmark = new LinkedHashMap<>();
        for (JmhResult r : run.results()) {
            byBenchmark.computeIfAbsent(r.benchmark(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(r.params(), p -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder();
        byBenchmark.forEach((benchmark, rows) -> {
            out.append(out.length() == 0 ? "" : "\n").append(benchmark).append('\n');
            out.append(block(rows, precision).text());
        });
        if (!notApplicable.isEmpty()) {
            Grid skipped = new Grid(List.of(left("result"), left("benchmark"), left("parameters"), left("reason")));
            notApplicable.forEach(n -> skipped.add(List.of("n/a", n.benchmark(), n.params(), n.reason())));
            out.append("\nNot applicable (not run)\n").append(skipped.text());
        }
        if (!precision.unstable().isEmpty()) {
            Grid unstable = new Grid(List.of(left("result"), left("benchmark"), left("mode"), left("parameters"),
                    left("half-width")));
            for (PrecisionRow p : precision.unstable()) {
                unstable.add(List.of(p.mark(), p.key().shortName(), p.mode(), p.key().paramText(),
                        p.explanation(precision.target())));
            }
            out.append("\nUnstable (").append(RunDirectory.PRECISION_JSON)
                    .append(": the rerun loop did not reach its target)\n").append(unstable.text());
        }
        return out.append("\nerror: JMH's confidence half-width; ±%: half-width of the mean's 95% interval over")
                .append(" the fork means (4 forks or more) or else the iterations, as a share of the mean;")
                .append(" p50..p99.9: sample mode; vs ").append(reference)
                .append(": mean / mean with ").append(param).append('=').append(reference)
                .append(" and the other parameters equal\n").toString();
    }

    private Grid block(Map<Map<String, String>, List<JmhResult>> rows, Precision precision) {
        Set<String> keys = new LinkedHashSet<>();
        rows.keySet().forEach(p -> keys.addAll(p.keySet()));
        List<Grid.Column> columns = new ArrayList<>();
        keys.forEach(k -> columns.add(left(k)));
        columns.addAll(List.of(left("mode"), right("mean"), right("error"), left("unit"), right("±%"),
                right("p50"), right("p99"), right("p99.9"), right("vs " + reference)));
        boolean throughput = rows.values().stream().anyMatch(e -> PER_SECOND.containsKey(main(e).primary().unit()));
        if (throughput) {
            columns.add(right("us/op (threads/thrpt)"));
        }
        List<String[]> extras = new ArrayList<>();
        for (String[] extra : EXTRAS) {
            if (rows.values().stream().anyMatch(e -> main(e).secondary().containsKey(extra[1]))) {
                extras.add(extra);
                columns.add(right(extra[0]));
            }
        }
        boolean anyUnstable = rows.values().stream().flatMap(List::stream).anyMatch(r -> precision.unstable(r).isPresent());
        if (anyUnstable) {
            columns.add(left(PrecisionRow.COLUMN));
        }
        Grid grid = new Grid(columns);
        rows.forEach((params, entries) -> {
            JmhResult main = main(entries);
            List<String> cells = new ArrayList<>();
            keys.forEach(k -> cells.add(params.getOrDefault(k, "-")));
            Metric m = main.primary();
            cells.addAll(List.of(main.mode(), Numbers.value(m.score()), "± " + Numbers.value(m.error()), m.unit(),
                    Numbers.percent(Estimate.of(m, CONFIDENCE).relativeHalfWidth())));
            JmhResult sample = entries.stream().filter(JmhResult::sampleMode).findFirst().orElse(null);
            for (double p : PERCENTILES) {
                cells.add(sample == null ? "-" : percentile(sample.primary(), p, m.unit()));
            }
            cells.add(ratio(main, rows));
            if (throughput) {
                Double perSecond = PER_SECOND.get(m.unit());
                cells.add(perSecond == null ? "-" : Numbers.value(main.threads() * perSecond / m.score()));
            }
            for (String[] extra : extras) {
                cells.add(sum(main, extra));
            }
            if (anyUnstable) {
                cells.add(String.join(", ", entries.stream().map(precision::unstable).flatMap(Optional::stream)
                        .map(PrecisionRow::mark).toList()));
            }
            grid.add(cells);
        });
        return grid;
    }

    /** The sum of the named secondary scores, with the error when there is one metric; "-" if any is missing. */
    private static String sum(JmhResult main, String[] extra) {
        double total = 0;
        for (int i = 1; i < extra.length; i++) {
            Metric metric = main.secondary().get(extra[i]);
            if (metric == null) {
                // no daemon process was read: in-process, or a daemon nobody here wrote whose owner was not found
                return extra[1].contains("daemon") ? NOT_MEASURED : "-";
            }
            total += metric.score();
        }
        Metric only = main.secondary().get(extra[1]);
        return extra.length == 2 && !Double.isNaN(only.error())
                ? Numbers.value(total) + " ± " + Numbers.value(only.error()) : Numbers.value(total);
    }

    /** The entry whose mean the row shows: the first that is not sample mode, else the sample one. */
    private static JmhResult main(List<JmhResult> entries) {
        return entries.stream().filter(r -> !r.sampleMode()).findFirst().orElse(entries.get(0));
    }

    private static String percentile(Metric sample, double p, String unit) {
        String v = sample.percentile(p).stream().mapToObj(Numbers::value).findFirst().orElse("-");
        return sample.unit().equals(unit) ? v : v + " " + sample.unit();
    }

    private String ratio(JmhResult main, Map<Map<String, String>, List<JmhResult>> rows) {
        if (!main.params().containsKey(param)) {
            return "-";
        }
        Map<String, String> refParams = new LinkedHashMap<>(main.params());
        refParams.put(param, reference);
        List<JmhResult> refEntries = rows.get(refParams);
        if (refEntries == null) {
            return "-";
        }
        JmhResult ref = refEntries.stream().filter(r -> r.mode().equals(main.mode())).findFirst().orElse(null);
        if (ref == null || !ref.primary().unit().equals(main.primary().unit())) {
            return "-";
        }
        return Numbers.value(main.primary().score() / ref.primary().score());
    }
}
