package ipcbench.bench.cli;

import com.google.gson.GsonBuilder;
import ipcbench.bench.floor.NativeFloor;
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
import org.apache.commons.math3.distribution.TDistribution;
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
 * of its own): Java against the machine.
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
    private static final Map<String, String> NATIVE_NAMES = Map.of("uds", "unix", "tcp", "tcp", "pipe", "pipe",
            "shm", "shm");

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

    @Option(names = "--out", description = "Write the results as JSON here.")
    Path out;

    @Option(names = "--native", description = "Also run the C ping-pong (built with cc) each round, and shared memory.")
    boolean nativeFloor;

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
        try {
            write(measure(c));
        } finally {
            if (c != null) {
                c.close();
            }
        }
        return 0;
    }

    private List<Map<String, Object>> measure(NativeFloor c) throws RunnerException, IOException, InterruptedException {
        List<Mechanism> mechanisms = new ArrayList<>(MECHANISMS);
        if (c != null) {
            mechanisms.add(SHARED_MEMORY);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf("%n%-10s %-12s %10s %10s %13s %18s %18s%n", "mechanism", "transport", "floor us", "C us",
                "roundtrip us", "vs floor (95% CI)", "vs C (95% CI)");
        double seconds = TimeValue.fromString(time).convertTo(TimeUnit.MILLISECONDS) / 1000.0;
        for (Mechanism mechanism : mechanisms) {
            boolean ownCpus = Transports.get(mechanism.transport()).needsOwnCpus();
            SummaryStatistics floor = new SummaryStatistics();
            SummaryStatistics cFloor = new SummaryStatistics();
            SummaryStatistics roundTrip = new SummaryStatistics();
            SummaryStatistics ratio = new SummaryStatistics();
            SummaryStatistics ratioToC = new SummaryStatistics();
            for (int round = 0; round < rounds; round++) {
                double r = score(roundTrip(mechanism.transport(), ownCpus));
                roundTrip.addValue(r);
                if (mechanism.javaFloor()) {
                    double f = score(options().include("\\.Floor\\.").param("mechanism", mechanism.name()));
                    floor.addValue(f);
                    ratio.addValue(r / f);
                }
                if (c != null) {
                    double n = c.roundTripMicros(NATIVE_NAMES.get(mechanism.name()), payload, warmup * seconds,
                            iterations * seconds, ownCpus ? Integer.parseInt(Placement.SPLIT.daemonCpus()) : -1);
                    cFloor.addValue(n);
                    ratioToC.addValue(r / n);
                }
            }
            System.out.printf("%-10s %-12s %10s %10s %13.3f %18s %18s%n", mechanism.name(), mechanism.transport(),
                    mean(floor), mean(cFloor), roundTrip.getMean(), interval(ratio), interval(ratioToC));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mechanism", mechanism.name());
            row.put("transport", mechanism.transport());
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

    /** RoundTrip of {@code transport}; a spinning one gets its daemon on a CPU of its own, as the runner gives it. */
    private ChainedOptionsBuilder roundTrip(String transport, boolean ownCpus) {
        ChainedOptionsBuilder options = options().include("\\.RoundTrip\\.").param("transport", transport);
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

    private ChainedOptionsBuilder options() {
        return new OptionsBuilder().forks(1).warmupIterations(warmup)
                .measurementIterations(iterations).warmupTime(TimeValue.fromString(time))
                .measurementTime(TimeValue.fromString(time)).mode(Mode.AverageTime).param("payload",
                        Integer.toString(payload)).shouldFailOnError(true);
    }

    private static double score(ChainedOptionsBuilder options) throws RunnerException {
        // run(), not runSingle(): the latter counts the annotation's modes before mode() narrows them
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result, got " + results.size());
        }
        return results.iterator().next().getPrimaryResult().getScore();
    }

    private static double halfWidth(SummaryStatistics stats) {
        if (stats.getN() < 2) {
            return Double.NaN;
        }
        double t = new TDistribution(stats.getN() - 1).inverseCumulativeProbability(0.975);
        return t * stats.getStandardDeviation() / Math.sqrt(stats.getN());
    }
}
