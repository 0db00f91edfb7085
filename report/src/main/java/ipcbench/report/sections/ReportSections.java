package ipcbench.report.sections;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The report's sections in reading order. Benchmarks are recognised by name and parameters, not by
 * a fixed list, and a section appears only when some run has its results.
 */
public final class ReportSections {
    private static final String AVGT = "avgt";
    private static final String THRPT = "thrpt";
    private static final Pattern CONNECT = Pattern.compile("(?i)connect");

    private ReportSections() {
    }

    public static List<Section> build(List<LoadedRun> runs, String reference) {
        List<Section> sections = new ArrayList<>();
        sections.add(EnvironmentSection.build(runs));
        List<Optional<Section>> optional = List.of(
                bars(runs, "round-trip", "Round-trip time",
                        "Time for one request and its verified response (JMH average time), per payload size.",
                        r -> r.benchmark().endsWith(".roundTrip") && AVGT.equals(r.mode()), primary()),
                PercentileSection.build(runs),
                lines(runs, "clients", "Throughput against clients", "clients", false,
                        "Requests per second from several clients of one daemon at once.",
                        r -> THRPT.equals(r.mode()) && r.params().containsKey("clients"), UnaryOperator.identity()),
                lines(runs, "threads", "Throughput against client threads", "threads", false,
                        "Requests per second from several JMH threads, each with its own connection to one daemon.",
                        r -> THRPT.equals(r.mode()) && !r.params().containsKey("clients")
                                && !r.params().containsKey("chunk") && !connect(r), UnaryOperator.identity()),
                bars(runs, "connect", "Connections per second",
                        "New connections set up (and closed) per second against one daemon.",
                        r -> THRPT.equals(r.mode()) && connect(r), primary()),
                lines(runs, "stream", "Streaming throughput", "chunk", true,
                        "Payload bytes moved one way, in MB/s (10^6 bytes; Stream's own counter, frame headers not counted), against the size of each write.",
                        r -> THRPT.equals(r.mode()) && r.params().containsKey("chunk"), LineSection::megabytesPerSecond),
                bars(runs, "cpu", "CPU per request",
                        "CPU time per operation of the client and of the daemon process, user and system, from the"
                                + " CPU profiler.", r -> !r.sampleMode(), r -> r.secondary("cpu.")),
                bars(runs, "ctxsw", "Context switches per request",
                        "Voluntary and involuntary context switches of the daemon per operation.",
                        r -> !r.sampleMode(), r -> r.secondary("ctxsw.")),
                bars(runs, "alloc", "Allocation per request",
                        "Bytes allocated in the client JVM per operation (JMH's gc profiler, gc.alloc.rate.norm).",
                        r -> !r.sampleMode(), r -> r.secondary("gc.alloc.rate.norm")),
                RatioSection.build(runs, reference),
                ProtocolSection.build(runs),
                ServerModelSection.build(runs));
        optional.forEach(s -> s.ifPresent(sections::add));
        sections.add(ResultsSection.build(runs));
        return sections;
    }

    private static boolean connect(JmhResult r) {
        return CONNECT.matcher(r.key().shortName()).find();
    }

    private static Function<JmhResult, Map<String, Metric>> primary() {
        return r -> Map.of("", r.primary());
    }

    private static Optional<Section> bars(List<LoadedRun> runs, String id, String title, String intro, Predicate<JmhResult> select,
                                          Function<JmhResult, Map<String, Metric>> metrics) {
        return new BarSection(id, title, intro, select, metrics).build(runs);
    }

    private static Optional<Section> lines(List<LoadedRun> runs, String id, String title, String x, boolean logX, String intro,
                                           Predicate<JmhResult> select, UnaryOperator<Measure> convert) {
        return new LineSection(id, title, intro, x, logX, select, convert).build(runs);
    }
}
