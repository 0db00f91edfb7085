package ipcbench.report.sections;

import ipcbench.bench.cli.EnvInfo;
import ipcbench.bench.run.RunDirectory;
import ipcbench.report.chart.Charts;
import ipcbench.report.chart.RankedBar;
import ipcbench.report.floor.NativeFloor;
import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.ModelParams;
import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.stats.Estimate;
import ipcbench.report.text.Grid;
import ipcbench.report.text.Numbers;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report opens with for one run: the machine in one line, and the round trip of every
 * transport at the smallest payload, fastest first, as a chart and as a short table, with the
 * floors under them where the run has them (the bare Java ping-pong, {@code Floor}, in jmh.json;
 * the C one in floor.json); and the rows the rerun loop left short of its target.
 *
 * @param run       the run
 * @param machine   CPU, cores, kernel and JDK in one line
 * @param caption   what the chart and the table show; "" when the run has no round trip
 * @param bars      the round trips and floors, fastest first; empty when the run has no round trip
 * @param unstable  precision.json's rows that missed the target
 */
public record Glance(LoadedRun run, String machine, String caption, List<Bar> bars, List<PrecisionRow> unstable) {
    public static final String ID = "glance";
    private static final String AVGT = "avgt";
    private static final String PAYLOAD = "payload";
    private static final String FLOOR = "Floor";
    private static final String MICROS = "us/op";

    public Glance {
        bars = List.copyOf(bars);
        unstable = List.copyOf(unstable);
    }

    /**
     * One bar: a transport (or target) or a floor, with its estimate.
     *
     * @param label    what the bar is: the transport, {@code Java floor: uds}, {@code C floor: uds}
     * @param series   whose colour it takes
     * @param estimate mean and interval
     * @param unit     of the mean
     * @param samples  what the mean is over: {@code 6 iterations}, {@code 3 rounds}
     * @param floor    a floor, not a transport
     * @param mark     precision.json's mark ({@code unstable (bimodal)}), or ""
     */
    public record Bar(String label, String series, Estimate estimate, String unit, String samples, boolean floor,
                      String mark) {
    }

    public static Glance of(LoadedRun run) {
        List<Measure> roundTrips = roundTrips(run);
        List<Bar> bars = new ArrayList<>();
        String caption = "";
        if (!roundTrips.isEmpty()) {
            JmhResult first = roundTrips.get(0).result();
            String payload = first.param(PAYLOAD);
            String unit = first.primary().unit();
            for (Measure m : roundTrips) {
                Estimate e = m.estimate();
                bars.add(new Bar(m.series(), m.series(), e, unit, e.samples(), false,
                        m.unstable().map(PrecisionRow::mark).orElse("")));
            }
            bars.addAll(floors(run, payload, unit));
            bars.sort(Comparator.comparingDouble(b -> b.estimate().mean()));
            Map<String, String> others = new LinkedHashMap<>(roundTrips.get(0).others());
            others.remove(PAYLOAD);
            caption = "Round trip" + (payload == null ? "" : " at " + bytes(payload)) + ", fastest first: "
                    + roundTrips.get(0).benchmarkName() + (others.isEmpty() ? "" : " " + params(others))
                    + " (JMH average time)";
        }
        return new Glance(run, machine(run.jmh().env()), caption, bars, run.precision().unstable());
    }

    /** The chart: a bar per transport and floor, fastest at the top; empty when there is no round trip. */
    public Optional<Section.Figure> figure(String id) {
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        List<RankedBar> ranked = bars.stream().map(b -> new RankedBar(b.mark().isEmpty() ? b.label()
                : b.label() + " (" + PrecisionRow.UNSTABLE + ")", b.series(), b.estimate().mean(), halfWidth(b.estimate()),
                figure(b.estimate()), b.floor())).toList();
        String unit = bars.get(0).unit();
        return Optional.of(new Section.Figure(caption, Charts.ranking(id, caption.substring(0, caption.indexOf(':')),
                unit + " (bars: mean; lines: 95% CI)", ranked)));
    }

    /** The chart's numbers, one row per bar. */
    public Grid table() {
        boolean marks = bars.stream().anyMatch(b -> !b.mark().isEmpty());
        List<Grid.Column> columns = new ArrayList<>(List.of(Grid.left("round trip"), Grid.right("mean"),
                Grid.right("±%"), Grid.left("unit"), Grid.left("samples")));
        if (marks) {
            columns.add(Grid.left(PrecisionRow.COLUMN));
        }
        Grid grid = new Grid(columns);
        for (Bar b : bars) {
            Estimate e = b.estimate();
            List<String> row = new ArrayList<>(List.of(b.label(), Numbers.value(e.mean()),
                    e.hasInterval() ? Numbers.percent(e.relativeHalfWidth()) : "-", b.unit(), b.samples()));
            if (marks) {
                row.add(b.mark());
            }
            grid.add(row);
        }
        return grid;
    }

    /**
     * The round-trip entries at the smallest payload, in the most common set of the other
     * parameters (the transports' default server and client models first): one per transport.
     */
    private static List<Measure> roundTrips(LoadedRun run) {
        List<Measure> all = run.jmh().results().stream()
                .filter(r -> r.benchmark().endsWith(".roundTrip") && AVGT.equals(r.mode()))
                .map(r -> new Measure(run, r, "", r.primary())).toList();
        Optional<String> smallest = all.stream().map(m -> m.result().param(PAYLOAD)).filter(Glance::numeric)
                .min(Comparator.comparingDouble(Double::parseDouble));
        Map<Map<String, String>, List<Measure>> groups = new LinkedHashMap<>();
        for (Measure m : all) {
            if (smallest.isEmpty() || smallest.get().equals(m.result().param(PAYLOAD))) {
                groups.computeIfAbsent(m.others(), k -> new ArrayList<>()).add(m);
            }
        }
        return groups.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<Map<String, String>, List<Measure>> g) -> defaultModels(g.getKey()))
                        .thenComparingInt(g -> g.getValue().size()))
                .map(Map.Entry::getValue).orElse(List.of());
    }

    private static boolean defaultModels(Map<String, String> params) {
        return ModelParams.server(params).equals(ServerModel.DEFAULT.id())
                && ModelParams.client(params).equals(ClientModel.DEFAULT.id());
    }

    /** Floor entries of jmh.json at this payload and unit, and floor.json's C figures (µs) at it. */
    private static List<Bar> floors(LoadedRun run, String payload, String unit) {
        List<Bar> floors = new ArrayList<>();
        for (JmhResult r : run.jmh().results()) {
            if (FLOOR.equals(r.key().className()) && AVGT.equals(r.mode()) && unit.equals(r.primary().unit())
                    && (payload == null || payload.equals(r.param(PAYLOAD))) && r.param("mechanism") != null) {
                Estimate e = Estimate.of(r.primary(), Measure.CONFIDENCE);
                floors.add(new Bar("Java floor: " + r.param("mechanism"), "floor", e, unit, e.samples(), true, ""));
            }
        }
        if (MICROS.equals(unit)) {
            for (NativeFloor f : run.floors()) {
                if (payload == null || payload.equals(Integer.toString(f.payload()))) {
                    floors.add(new Bar("C floor: " + f.mechanism(), "floor",
                            new Estimate(f.meanMicros(), Double.NaN, Double.NaN, 0), unit,
                            f.rounds() + " rounds (" + RunDirectory.FLOOR_JSON + ")", true, ""));
                }
            }
        }
        return floors;
    }

    /**
     * CPU model and cores, kernel, JDK: as the environment table says them, on one line; and when
     * the run's CPU probes found it unsteady, that too.
     */
    static String machine(Map<String, String> env) {
        Map<String, String> summary = EnvironmentSection.summary(env);
        List<String> parts = new ArrayList<>();
        for (String key : List.of("machine", "kernel", "JDK")) {
            if (summary.containsKey(key)) {
                parts.add(summary.get(key));
            }
        }
        if ("false".equals(env.get(EnvInfo.CPU_STEADY))) {
            // The machine's share of any scatter below: said where the reader starts, not only in the environment table.
            parts.add("CPU unsteady during the run (" + env.get(EnvInfo.CPU_STEADINESS) + ")");
        }
        return parts.isEmpty() ? "machine not recorded (no env.json)" : String.join(" · ", parts);
    }

    /** 64 → 64 B, 16384 → 16 KiB, 1048576 → 1 MiB; a value that is not a byte count stays as it is. */
    public static String bytes(String payload) {
        if (!numeric(payload)) {
            return payload;
        }
        long n = (long) Double.parseDouble(payload);
        if (n >= 1 << 20 && n % (1 << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1 << 10 && n % (1 << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " B";
    }

    private static boolean numeric(String v) {
        return v != null && v.matches("\\d+(\\.\\d+)?");
    }

    private static String params(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join(" ", pairs);
    }

    private static double halfWidth(Estimate e) {
        return e.hasInterval() ? (e.high() - e.low()) / 2 : Double.NaN;
    }

    /** {@code 5.338 ±2.3%}, or the mean alone without an interval. */
    private static String figure(Estimate e) {
        return Numbers.value(e.mean()) + (e.hasInterval() ? " ±" + Numbers.percent(e.relativeHalfWidth()) : "");
    }
}
