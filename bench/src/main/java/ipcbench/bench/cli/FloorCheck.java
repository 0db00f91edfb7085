package ipcbench.bench.cli;

import com.google.gson.GsonBuilder;
import ipcbench.bench.text.TerminalCharset;
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
 * both alike. Reports each pair's ratio (mean over rounds, with a 95% t-interval).
 */
@Command(name = "floor-check", mixinStandardHelpOptions = true,
        description = "Alternate Floor and RoundTrip forks and report RoundTrip/Floor per mechanism.")
public final class FloorCheck implements Callable<Integer> {
    private static final String[][] PAIRS = {{"uds", "uds-jdk"}, {"tcp", "tcp-nio"}, {"pipe", "pipe-stdio"}};

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

    public static void main(String[] args) {
        TerminalCharset.installOnSystemStreams(); // its table's µ and ± in a POSIX locale
        System.exit(new CommandLine(new FloorCheck()).execute(args));
    }

    @Override
    public Integer call() throws RunnerException, IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf("%n%-10s %-12s %12s %12s %18s%n", "mechanism", "transport", "floor us", "roundtrip us",
                "ratio (95% CI)");
        for (String[] pair : PAIRS) {
            SummaryStatistics floor = new SummaryStatistics();
            SummaryStatistics roundTrip = new SummaryStatistics();
            SummaryStatistics ratio = new SummaryStatistics();
            for (int round = 0; round < rounds; round++) {
                double f = score(options().include("\\.Floor\\.").param("mechanism", pair[0]));
                double r = score(options().include("\\.RoundTrip\\.").param("transport", pair[1]));
                floor.addValue(f);
                roundTrip.addValue(r);
                ratio.addValue(r / f);
            }
            double half = halfWidth(ratio);
            System.out.printf("%-10s %-12s %12.3f %12.3f %10.3f ± %.3f%n", pair[0], pair[1], floor.getMean(),
                    roundTrip.getMean(), ratio.getMean(), half);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mechanism", pair[0]);
            row.put("transport", pair[1]);
            row.put("floorMeanUs", floor.getMean());
            row.put("roundTripMeanUs", roundTrip.getMean());
            row.put("ratio", ratio.getMean());
            row.put("ratioCi95", half);
            row.put("rounds", rounds);
            rows.add(row);
        }
        if (out != null) {
            Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(rows) + "\n",
                    StandardCharsets.UTF_8);
        }
        return 0;
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
