package ipcbench.report.sections;

import ipcbench.bench.cli.Family;
import ipcbench.bench.jmh.Applicability;
import ipcbench.report.chart.Palette;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import ipcbench.report.jmh.ModelParams;
import ipcbench.report.stats.Estimate;
import ipcbench.report.stats.Ratio;
import ipcbench.report.table.NotApplicable;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each transport under each server and client model it was run with (JMH parameters {@code server}
 * and {@code client}), one row each: the 64 B round trip, requests/s at each client count, and the
 * CPU and daemon context switches per round trip; then each model against the transport's default
 * models in the same run. Only when the runs hold more than one model: with one, every other
 * section already says it all.
 */
final class ServerModelSection {
    static final String ID = "server-models";
    private static final String DEFAULT = ServerModel.DEFAULT.id();
    private static final String TRANSPORT = "transport";
    private static final String CLIENTS = "clients";
    /** The daemon's scheduling is what is compared: its own process, the echo response (as the other sections). */
    private static final Map<String, String> IF_PRESENT = Map.of("daemon", "process", "response", "echo");

    private static final String INTRO = "Each transport under each server model (how the daemon schedules its"
            + " connections: default = the transport's own, selector = one NIO selector thread, virtual = a virtual"
            + " thread per connection) and client model (default, or caller = the calling thread drives the client's"
            + " I/O, no hand-off) it was run with. Round trip: RoundTrip with 64 B, JMH average time; clients:"
            + " Concurrency's requests/s; CPU (user + system) and the daemon's context switches (voluntary +"
            + " involuntary) per request: the CPU profiler on that 64 B round trip. ± is the half-width of the 95 %"
            + " confidence interval; n/a: the combination does not apply, for the reason given; -: not measured."
            + " The second table divides each model by the transport's default models in the same run, [low, high]"
            + " being the ratios the two intervals allow; for a time or cost below 1 is better, for requests/s above"
            + " 1 is.";

    private ServerModelSection() {
    }

    static Optional<Section> build(List<LoadedRun> runs) {
        List<Column> columns = columns(runs);
        List<Row> rows = rows(runs, columns);
        if (rows.stream().map(r -> r.server() + " " + r.client()).distinct().count() < 2) {
            return Optional.empty();
        }
        List<List<Cell>> cells = rows.stream().map(r -> columns.stream().map(c -> c.cell(r)).toList()).toList();
        Layout layout = new Layout(runs.size() > 1, runs.stream().map(r -> r.jmh().daemonJdk()).distinct().count() > 1,
                cells.stream().flatMap(List::stream).anyMatch(c -> c.notApplicable() != null));
        // each column in the unit of its first figure; a figure in another (JMH's -tu) says its own
        List<String> units = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            final int column = i;
            units.add(cells.stream().map(c -> c.get(column).unit()).filter(Objects::nonNull).findFirst().orElse(""));
        }
        Grid figures = new Grid(layout.headers(columns, units));
        Grid ratios = new Grid(layout.headers(columns, columns.stream().map(c -> "").toList()));
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Cell> ofRow = cells.get(r);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(ofRow.get(i).text(units.get(i)));
            }
            figures.add(layout.line(row, values, ofRow));
            if (!row.isDefault()) {
                List<String> vsDefault = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    vsDefault.add(ofRow.get(i).ratioTo(columns.get(i).cell(row.withDefaultModels())));
                }
                ratios.add(layout.line(row, vsDefault, ofRow));
            }
        }
        return Optional.of(new Section(ID, "Server models", INTRO, List.of(),
                List.of(new DataTable("Server and client models", figures),
                        new DataTable("Each model / the transport's default models", ratios))));
    }

    /** Every transport and models that some column has a figure of, or a reason not to have one. */
    private static List<Row> rows(List<LoadedRun> runs, List<Column> columns) {
        List<Row> rows = new ArrayList<>();
        for (LoadedRun run : runs) {
            Set<Row> inRun = new TreeSet<>(Row.ORDER);
            for (JmhResult r : run.jmh().results()) {
                if (r.param(TRANSPORT) != null && columns.stream().anyMatch(c -> c.selects(r))) {
                    inRun.add(Row.of(run, r.params()));
                }
            }
            for (NotApplicable n : run.notApplicable()) {
                if (n.parameters().containsKey(TRANSPORT) && columns.stream().anyMatch(c -> c.skipped(n) != null)) {
                    inRun.add(Row.of(run, n.parameters()));
                }
            }
            rows.addAll(inRun);
        }
        return rows;
    }

    /** The 64 B round trip, requests/s at each client count any run measured or skipped, CPU and switches. */
    private static List<Column> columns(List<LoadedRun> runs) {
        String roundTrip = Family.ROUNDTRIP.benchmark();
        String concurrency = Family.CONCURRENCY.benchmark();
        Set<Integer> counts = new TreeSet<>();
        for (LoadedRun run : runs) {
            run.jmh().results().stream().filter(r -> concurrency.equals(r.key().className()))
                    .forEach(r -> addCount(counts, r.param(CLIENTS)));
            run.notApplicable().stream().filter(n -> concurrency.equals(n.benchmark()))
                    .forEach(n -> addCount(counts, n.parameters().get(CLIENTS)));
        }
        Map<String, String> payload = Map.of("payload", "64");
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("round trip 64 B", roundTrip, "avgt", payload, ""));
        counts.forEach(n -> columns.add(new Column(n + (n == 1 ? " client" : " clients"), concurrency, "thrpt",
                Map.of(CLIENTS, Integer.toString(n)), "")));
        columns.add(new Column("client CPU", roundTrip, "avgt", payload, "cpu.client."));
        columns.add(new Column("daemon CPU", roundTrip, "avgt", payload, "cpu.daemon."));
        columns.add(new Column("daemon ctxsw", roundTrip, "avgt", payload, "ctxsw.daemon."));
        return columns;
    }

    private static void addCount(Set<Integer> counts, String value) {
        try {
            counts.add(Integer.valueOf(value));
        } catch (NumberFormatException e) {
            // not a client count (or none): no column of its own
        }
    }

    /**
     * The columns that label a row: the run when there are several, its daemon's JDK when they
     * differ in it, the reason when some combination did not apply.
     */
    private record Layout(boolean manyRuns, boolean manyJdks, boolean anyNotApplicable) {

        List<Grid.Column> headers(List<Column> columns, List<String> units) {
            List<Grid.Column> headers = new ArrayList<>();
            if (manyRuns) {
                headers.add(Grid.left("run"));
            }
            if (manyJdks) {
                headers.add(Grid.left("daemon JDK"));
            }
            headers.addAll(List.of(Grid.left(TRANSPORT), Grid.left("server"), Grid.left("client")));
            for (int i = 0; i < columns.size(); i++) {
                String unit = units.get(i);
                headers.add(Grid.right(columns.get(i).header() + (unit.isEmpty() ? "" : " (" + unit + ")")));
            }
            if (anyNotApplicable) {
                headers.add(Grid.left("why n/a"));
            }
            return headers;
        }

        List<String> line(Row row, List<String> values, List<Cell> cells) {
            List<String> line = new ArrayList<>();
            if (manyRuns) {
                line.add(row.run().label());
            }
            if (manyJdks) {
                line.add(row.run().jmh().daemonJdk());
            }
            line.addAll(List.of(row.transport(), row.server(), row.client()));
            line.addAll(values);
            if (anyNotApplicable) {
                line.add(String.join("; ", cells.stream().map(Cell::notApplicable).filter(Objects::nonNull)
                        .distinct().toList()));
            }
            return line;
        }
    }

    /** One transport under one server and client model in one run. */
    private record Row(LoadedRun run, String transport, String server, String client) {
        private static final List<String> SERVER_MODELS = ServerModel.ids();
        private static final List<String> CLIENT_MODELS = ClientModel.ids();
        /** Within a run: transports in the registry's order, models in their declared order. */
        static final Comparator<Row> ORDER = Comparator.comparingInt((Row r) -> Palette.order(r.transport()))
                .thenComparing(Row::transport)
                .thenComparingInt(r -> rank(SERVER_MODELS, r.server()))
                .thenComparing(Row::server)
                .thenComparingInt(r -> rank(CLIENT_MODELS, r.client()))
                .thenComparing(Row::client);

        static Row of(LoadedRun run, Map<String, String> params) {
            return new Row(run, params.get(TRANSPORT), ModelParams.server(params), ModelParams.client(params));
        }

        boolean isDefault() {
            return server.equals(DEFAULT) && client.equals(DEFAULT);
        }

        Row withDefaultModels() {
            return new Row(run, transport, DEFAULT, DEFAULT);
        }

        boolean is(Map<String, String> params) {
            return transport.equals(params.get(TRANSPORT)) && server.equals(ModelParams.server(params))
                    && client.equals(ModelParams.client(params));
        }

        private static int rank(List<String> declared, String id) {
            int i = declared.indexOf(id);
            return i < 0 ? declared.size() : i;
        }
    }

    /**
     * A figure of every row: from the entry of {@code benchmark} (its class, as not-applicable.txt
     * names it) in {@code mode} with {@code params}, the primary metric or the sum of the secondary
     * metrics starting with {@code metric}.
     */
    private record Column(String header, String benchmark, String mode, Map<String, String> params, String metric) {

        boolean selects(JmhResult r) {
            return benchmark.equals(r.key().className()) && mode.equals(r.mode())
                    && params.entrySet().stream().allMatch(p -> p.getValue().equals(r.param(p.getKey())))
                    && IF_PRESENT.entrySet().stream().allMatch(p -> r.param(p.getKey()) == null
                            || p.getValue().equals(r.param(p.getKey())));
        }

        /**
         * The reason when {@code n} says this column's entry was not run for its transport and
         * models: every other parameter it names is this column's.
         */
        String skipped(NotApplicable n) {
            if (!benchmark.equals(n.benchmark())) {
                return null;
            }
            for (Map.Entry<String, String> p : n.parameters().entrySet()) {
                String k = p.getKey();
                boolean row = k.equals(TRANSPORT) || k.equals(ModelParams.SERVER) || k.equals(ModelParams.CLIENT);
                if (!row && !p.getValue().equals(params.getOrDefault(k, IF_PRESENT.get(k)))) {
                    return null;
                }
            }
            return n.reason().startsWith(Applicability.NOT_APPLICABLE)
                    ? n.reason().substring(Applicability.NOT_APPLICABLE.length()) : n.reason();
        }

        Cell cell(Row row) {
            for (JmhResult r : row.run().jmh().results()) {
                if (selects(r) && row.is(r.params())) {
                    Map<String, Metric> parts = metric.isEmpty() ? Map.of("", r.primary()) : r.secondary(metric);
                    if (parts.isEmpty()) {
                        return Cell.MISSING; // run without the CPU profiler
                    }
                    List<Metric> metrics = List.copyOf(parts.values());
                    return new Cell(Estimate.ofSum(metrics, Measure.CONFIDENCE), metrics.get(0).unit(), null);
                }
            }
            for (NotApplicable n : row.run().notApplicable()) {
                String why = skipped(n);
                if (why != null && row.is(n.parameters())) {
                    return new Cell(null, null, why);
                }
            }
            return Cell.MISSING;
        }
    }

    /** A figure with its unit, or why there is none ({@code notApplicable}), or neither: not measured. */
    private record Cell(Estimate estimate, String unit, String notApplicable) {
        static final Cell MISSING = new Cell(null, null, null);

        /** The figure ± its interval's half-width, with its unit if it is not the column's. */
        String text(String columnUnit) {
            if (estimate == null) {
                return notApplicable != null ? "n/a" : "-";
            }
            return Numbers.value(estimate.mean())
                    + (estimate.hasInterval() ? " ± " + Numbers.value((estimate.high() - estimate.low()) / 2) : "")
                    + (unit.equals(columnUnit) ? "" : " " + unit);
        }

        /** This figure over the default models' one: {@code 1.100× [1.084, 1.116]}. */
        String ratioTo(Cell reference) {
            if (estimate == null || reference.estimate == null || !unit.equals(reference.unit)) {
                return estimate == null && notApplicable != null ? "n/a" : "-";
            }
            Ratio r = Ratio.of(estimate, reference.estimate);
            return Numbers.value(r.value()) + "×"
                    + (r.hasInterval() ? " [" + Numbers.value(r.low()) + ", " + Numbers.value(r.high()) + "]" : "");
        }
    }
}
