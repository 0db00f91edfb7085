package ipcbench.report.sections;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import ipcbench.report.jmh.ModelParams;
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
 * "Protocol against transport": for each protocol (the JMH parameter {@code protocol}; results
 * without it are the raw frame's), the round-trip time, CPU and allocation per request over each
 * transport it ran over; then the Unix-domain-socket-to-TCP ratio of each pair of transports that
 * share their I/O library, per protocol, beside the raw frame's: does a socket file's lead survive
 * the protocol on top? Shown only when some round trip was measured in another protocol than raw.
 */
final class ProtocolSection {
    static final String ID = "protocols";
    /** Unix domain socket and TCP transports with the same I/O library on both sides: the pairs a ratio compares. */
    static final List<List<String>> PAIRS = List.of(List.of("uds-jdk", "tcp-nio"),
            List.of("uds-netty-epoll", "tcp-netty-epoll"));

    private ProtocolSection() {
    }

    static Optional<Section> build(List<LoadedRun> runs) {
        boolean manyRuns = runs.size() > 1;
        List<Row> rows = new ArrayList<>();
        Set<String> protocols = new LinkedHashSet<>();
        for (LoadedRun run : runs) {
            for (JmhResult r : run.jmh().results()) {
                if (r.benchmark().endsWith(".roundTrip") && "avgt".equals(r.mode()) && r.param("transport") != null) {
                    String protocol = ModelParams.protocol(r.params());
                    protocols.add(protocol);
                    rows.add(new Row(run.label(), protocol, context(r), r.param("transport"), r));
                }
            }
        }
        if (protocols.stream().allMatch(ModelParams.RAW::equals)) {
            return Optional.empty();
        }
        List<Grid.Column> cols = new ArrayList<>();
        if (manyRuns) {
            cols.add(Grid.left("run"));
        }
        cols.addAll(List.of(Grid.left("protocol"), Grid.left("parameters"), Grid.left("transport"),
                Grid.right("round trip"), Grid.right("95% CI"), Grid.left("unit"), Grid.right("CPU/request"),
                Grid.right("alloc/request")));
        Grid times = new Grid(cols);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            if (manyRuns) {
                cells.add(row.run);
            }
            Estimate rtt = Estimate.of(row.result.primary(), Measure.CONFIDENCE);
            cells.addAll(List.of(row.protocol, row.context, row.transport, Numbers.value(rtt.mean()),
                    Numbers.value(rtt.low()) + " .. " + Numbers.value(rtt.high()), row.result.primary().unit(),
                    sum(row.result.secondary("cpu.")), sum(row.result.secondary("gc.alloc.rate.norm"))));
            times.add(cells);
        }
        List<DataTable> tables = new ArrayList<>(List.of(new DataTable("Round trip per protocol and transport", times)));
        ratios(rows, protocols, manyRuns).ifPresent(tables::add);
        return Optional.of(new Section(ID, "Protocol against transport",
                "Each protocol's round trip (JMH average time) over each transport it runs over, with the CPU of client"
                        + " and daemon per request (CPU profiler) and the client's allocation per request (-prof gc)"
                        + " where the run measured them; then, per protocol beside the raw frame, the Unix domain"
                        + " socket's mean divided by TCP loopback's with the same I/O library (below 1: the socket"
                        + " file is faster). docs/protocols.md says what each protocol's request is.",
                List.of(), tables));
    }

    /** A pair's ratio per protocol and set of other parameters; absent when no pair was measured in both halves. */
    private static Optional<DataTable> ratios(List<Row> rows, Set<String> protocols, boolean manyRuns) {
        // (run, parameters, pair) -> protocol -> ratio
        Map<List<String>, Map<String, Double>> byKey = new LinkedHashMap<>();
        for (List<String> pair : PAIRS) {
            for (Row uds : rows) {
                if (!uds.transport.equals(pair.get(0))) {
                    continue;
                }
                for (Row tcp : rows) {
                    if (tcp.transport.equals(pair.get(1)) && tcp.run.equals(uds.run) && tcp.protocol.equals(uds.protocol)
                            && tcp.context.equals(uds.context)) {
                        byKey.computeIfAbsent(List.of(uds.run, uds.context, pair.get(0) + " / " + pair.get(1)),
                                k -> new LinkedHashMap<>()).put(uds.protocol,
                                uds.result.primary().score() / tcp.result.primary().score());
                    }
                }
            }
        }
        if (byKey.isEmpty()) {
            return Optional.empty();
        }
        List<Grid.Column> cols = new ArrayList<>();
        if (manyRuns) {
            cols.add(Grid.left("run"));
        }
        cols.addAll(List.of(Grid.left("parameters"), Grid.left("UDS / TCP")));
        protocols.forEach(p -> cols.add(Grid.right(p)));
        Grid grid = new Grid(cols);
        byKey.forEach((key, byProtocol) -> {
            List<String> cells = new ArrayList<>(manyRuns ? key : key.subList(1, key.size()));
            protocols.forEach(p -> cells.add(byProtocol.containsKey(p) ? Numbers.value(byProtocol.get(p)) + "×" : "-"));
            grid.add(cells);
        });
        return Optional.of(new DataTable("Unix domain socket / TCP loopback round trip, per protocol", grid));
    }

    /** The parameters other than transport and protocol (payload, response...), at their non-default values. */
    private static String context(JmhResult r) {
        Map<String, String> others = ModelParams.withoutDefaults(r.params());
        others.remove("transport");
        others.remove(ModelParams.PROTOCOL);
        StringBuilder sb = new StringBuilder();
        others.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** The sum of the metrics' means, with their unit; {@code -} when the run did not measure them. */
    private static String sum(Map<String, Metric> metrics) {
        if (metrics.isEmpty()) {
            return "-";
        }
        double total = metrics.values().stream().mapToDouble(Metric::score).sum();
        return Numbers.value(total) + " " + metrics.values().iterator().next().unit();
    }

    private record Row(String run, String protocol, String context, String transport, JmhResult result) {
    }
}
