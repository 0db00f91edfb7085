package ipcbench.bench.cli;

import com.google.gson.GsonBuilder;
import ipcbench.bench.floor.ForkRows;
import ipcbench.bench.floor.NativeFloor;
import ipcbench.bench.precision.HalfWidth;
import ipcbench.bench.run.JmhJson;
import ipcbench.bench.text.TerminalCharset;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Harness overhead, measured: RoundTrip against the bare {@code Floor} ping-pong on the same
 * mechanism, alternating one fork of each per round so that drift of this noisy machine hits
 * both alike. Reports each pair's ratio (mean over rounds, with a 95% t-interval). With
 * {@code --native}, each round also runs the C ping-pong ({@link NativeFloor}) for as long as a
 * fork measures, and shared memory joins (shm-spin against C's spinning slots, each side on a CPU
 * of its own): Java against the machine. Then, unless {@code --no-stream}, one fork of
 * {@code Stream} (64 KiB chunks) against the C stream mode per round, on pipes and unix sockets.
 * The forks are written as rows of jmh.json ({@code --jmh-json}), the ratios to floor.json.
 */
@Command(name = "floor-check", mixinStandardHelpOptions = true,
        description = "Alternate Floor and RoundTrip forks and report RoundTrip/Floor per mechanism.")
public final class FloorCheck implements Callable<Integer> {
    /** A mechanism, the transport measured on it, and whether Java's own bare floor exists for it. */
    private record Mechanism(String name, String transport, boolean javaFloor) {
    }

    private static final List<Mechanism> MECHANISMS = List.of(new Mechanism("uds", "uds-jdk", true),
            new Mechanism("tcp", "tcp-nio", true), new Mechanism("pipe", "pipe-stdio", true));
    private static final Mechanism SHARED_MEMORY = new Mechanism("shm", "shm-spin", false);
    /** Stream against the C stream mode on the same kernel objects (pipe-stdio's pipes are pipe(2)s, as C's). */
    private static final List<Mechanism> STREAMS = List.of(new Mechanism("pipe", "pipe-stdio", false),
            new Mechanism("uds", "uds-jdk", false));
    private static final Map<String, String> NATIVE_NAMES = Map.of("uds", "unix", "tcp", "tcp", "pipe", "pipe",
            "shm", "shm");
    /** Stream's chunk: a pipe's buffer. */
    private static final int STREAM_CHUNK = 65536;
    /** Stream's counter of payload MB/s (10^6 bytes), what the C stream mode prints. */
    private static final String STREAM_COUNTER = "mb";
    private static final String MEGABYTES_PER_SECOND = "MB/s";

    @Option(names = "--rounds", defaultValue = "4", description = "Alternations per pair (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up iterations per fork.")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations per fork.")
    int iterations;

    @Option(names = "--time", defaultValue = "1s", description = "Length of each iteration (JMH syntax).")
    String time;

    @Option(names = "--payload", defaultValue = "64")
    int payload;

    @Option(names = "--out", description = "Write the ratios as JSON here (floor.json).")
    Path out;

    @Option(names = "--jmh-json", description = "Add the forks here as rows of JMH's JSON, one per benchmark and"
            + " parameters, its rounds as forks (a run directory's jmh.json).")
    Path jmhJson;

    @Option(names = "--native", description = "Also run the C ping-pong (built with cc) each round, shared memory, and"
            + " Stream against C's stream on pipes and unix sockets.")
    boolean nativeFloor;

    @Option(names = "--no-stream", description = "With --native: leave out Stream against C (about a quarter of the time).")
    boolean noStream;

    public static void main(String[] args) {
        TerminalCharset.installOnSystemStreams(); // its table's µ and ± in a POSIX locale
        System.exit(new CommandLine(new FloorCheck()).execute(args));
    }

    @Override
    public Integer call() throws RunnerException, IOException, InterruptedException {
        NativeFloor c = null;
        if (nativeFloor) {
            String why = NativeFloor.whyNot();
            if (why == null) {
                c = NativeFloor.build();
            } else {
                System.out.println("floor --native: " + why + "; the Java floor only");
            }
        }
        ForkRows forks = new ForkRows();
        try {
            List<Map<String, Object>> rows = measure(c, forks);
            if (c != null && !noStream) {
                rows.addAll(stream(c, forks));
            }
            write(rows);
        } finally {
            if (c != null) {
                c.close();
            }
        }
        if (jmhJson != null) {
            JmhJson.append(jmhJson, forks.rows());
        }
        return 0;
    }

    private List<Map<String, Object>> measure(NativeFloor c, ForkRows forks)
            throws RunnerException, IOException, InterruptedException {
        List<Mechanism> mechanisms = new ArrayList<>(MECHANISMS);
        if (c != null) {
            mechanisms.add(SHARED_MEMORY);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf("%n%-10s %-12s %10s %10s %13s %18s %18s%n", "mechanism", "transport", "floor us", "C us",
                "roundtrip us", "vs floor (95% CI)", "vs C (95% CI)");
        for (Mechanism mechanism : mechanisms) {
            boolean ownCpus = Transports.get(mechanism.transport()).needsOwnCpus();
            SummaryStatistics floor = new SummaryStatistics();
            SummaryStatistics cFloor = new SummaryStatistics();
            SummaryStatistics roundTrip = new SummaryStatistics();
            SummaryStatistics ratio = new SummaryStatistics();
            SummaryStatistics ratioToC = new SummaryStatistics();
            for (int round = 0; round < rounds; round++) {
                double r = primary(forks.add(run(roundTrip(mechanism.transport(), ownCpus))));
                roundTrip.addValue(r);
                if (mechanism.javaFloor()) {
                    double f = primary(forks.add(run(averageTime().include("\\.Floor\\.")
                            .param("mechanism", mechanism.name()))));
                    floor.addValue(f);
                    ratio.addValue(r / f);
                }
                if (c != null) {
                    double n = c.roundTripMicros(NATIVE_NAMES.get(mechanism.name()), payload, warmupSeconds(),
                            measureSeconds(), ownCpus ? Integer.parseInt(Placement.SPLIT.daemonCpus()) : -1);
                    cFloor.addValue(n);
                    ratioToC.addValue(r / n);
                }
            }
            System.out.printf("%-10s %-12s %10s %10s %13.3f %18s %18s%n", mechanism.name(), mechanism.transport(),
                    mean(floor), mean(cFloor), roundTrip.getMean(), interval(ratio), interval(ratioToC));
            Map<String, Object> row = row("roundTrip", mechanism);
            row.put("payload", payload);
            if (floor.getN() > 0) {
                row.put("floorMeanUs", floor.getMean());
                row.put("ratio", ratio.getMean());
                row.put("ratioCi95", halfWidth(ratio));
            }
            row.put("roundTripMeanUs", roundTrip.getMean());
            if (cFloor.getN() > 0) {
                row.put("nativeMeanUs", cFloor.getMean());
                row.put("ratioToNative", ratioToC.getMean());
                row.put("ratioToNativeCi95", halfWidth(ratioToC));
            }
            row.put("daemonOnOwnCpu", ownCpus);
            row.put("rounds", rounds);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Stream's payload throughput against the C stream mode's on the same mechanism, one fork and one
     * C run per round, for as long as each other. Java/C below 1: Java moves fewer bytes per second.
     */
    private List<Map<String, Object>> stream(NativeFloor c, ForkRows forks)
            throws RunnerException, IOException, InterruptedException {
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf("%n%-10s %-12s %12s %12s %18s%n", "stream", "transport", "Java MB/s", "C MB/s",
                "Java/C (95% CI)");
        for (Mechanism mechanism : STREAMS) {
            SummaryStatistics java = new SummaryStatistics();
            SummaryStatistics cStream = new SummaryStatistics();
            SummaryStatistics ratio = new SummaryStatistics();
            for (int round = 0; round < rounds; round++) {
                RunResult fork = forks.add(run(fork().include("\\.Stream\\.").mode(Mode.Throughput)
                        .param("transport", mechanism.transport()).param("chunk", Integer.toString(STREAM_CHUNK))));
                double j = fork.getSecondaryResults().get(STREAM_COUNTER).getScore();
                double n = c.streamMegabytesPerSecond(NATIVE_NAMES.get(mechanism.name()), STREAM_CHUNK, warmupSeconds(),
                        measureSeconds(), -1);
                java.addValue(j);
                cStream.addValue(n);
                ratio.addValue(j / n);
            }
            System.out.printf("%-10s %-12s %12.0f %12.0f %18s%n", mechanism.name(), mechanism.transport(),
                    java.getMean(), cStream.getMean(), interval(ratio));
            Map<String, Object> row = row("stream", mechanism);
            row.put("chunk", STREAM_CHUNK);
            row.put("unit", MEGABYTES_PER_SECOND);
            row.put("javaMean", java.getMean());
            row.put("nativeMean", cStream.getMean());
            row.put("ratioToNative", ratio.getMean());
            row.put("ratioToNativeCi95", halfWidth(ratio));
            row.put("rounds", rounds);
            rows.add(row);
        }
        return rows;
    }

    /** A floor.json row's start: its kind ({@code roundTrip} or {@code stream}), mechanism and transport. */
    private static Map<String, Object> row(String kind, Mechanism mechanism) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("mechanism", mechanism.name());
        row.put("transport", mechanism.transport());
        return row;
    }

    /** RoundTrip of {@code transport}; a spinning one gets its daemon on a CPU of its own, as the runner gives it. */
    private ChainedOptionsBuilder roundTrip(String transport, boolean ownCpus) {
        ChainedOptionsBuilder options = averageTime().include("\\.RoundTrip\\.").param("transport", transport);
        return ownCpus ? options.jvmArgsAppend(ChildJvm.pinDaemonsFlag(Placement.SPLIT.daemonCpus())) : options;
    }

    private void write(List<Map<String, Object>> rows) throws IOException {
        if (out != null) {
            Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(rows) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static String mean(SummaryStatistics stats) {
        return stats.getN() == 0 ? "-" : String.format("%.3f", stats.getMean());
    }

    private static String interval(SummaryStatistics ratio) {
        return ratio.getN() == 0 ? "-" : String.format("%.3f ± %.3f", ratio.getMean(), halfWidth(ratio));
    }

    /** One fork of the iterations asked for; the benchmark, mode and parameters are the caller's. */
    private ChainedOptionsBuilder fork() {
        return new OptionsBuilder().forks(1).warmupIterations(warmup)
                .measurementIterations(iterations).warmupTime(TimeValue.fromString(time))
                .measurementTime(TimeValue.fromString(time)).shouldFailOnError(true);
    }

    /** A round trip's fork: average time at the payload asked for. */
    private ChainedOptionsBuilder averageTime() {
        return fork().mode(Mode.AverageTime).param("payload", Integer.toString(payload));
    }

    /** As long as a fork warms up, and as long as it measures: what a C run is given. */
    private double warmupSeconds() {
        return warmup * iterationSeconds();
    }

    private double measureSeconds() {
        return iterations * iterationSeconds();
    }

    private double iterationSeconds() {
        return TimeValue.fromString(time).convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    }

    private static RunResult run(ChainedOptionsBuilder options) throws RunnerException {
        // run(), not runSingle(): the latter counts the annotation's modes before mode() narrows them
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result, got " + results.size());
        }
        return results.iterator().next();
    }

    private static double primary(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    /** The 95 % half-width of the rounds' mean, as the precision loop computes one. */
    private static double halfWidth(SummaryStatistics stats) {
        return HalfWidth.absolute(stats.getN(), stats.getStandardDeviation());
    }
}
