package ipcbench.bench.precision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/** JMH results made up from scores, as a RoundTrip row in AverageTime (us/op) with 1 s iterations would have them. */
public final class FabricatedRows {
    public static final String BENCHMARK = "ipcbench.bench.jmh.RoundTrip.roundTrip";
    private static final long OPS = 1000;

    private FabricatedRows() {
    }

    /** A row of {@code forks.length} forks, each with the given iteration scores (us/op). */
    public static RunResult row(Map<String, String> params, double[]... forks) {
        BenchmarkParams benchmark = params(params, forks.length, forks.length == 0 ? 0 : forks[0].length);
        List<BenchmarkResult> results = new ArrayList<>();
        for (double[] fork : forks) {
            List<IterationResult> iterations = new ArrayList<>();
            for (double score : fork) {
                IterationResult iteration = new IterationResult(benchmark, benchmark.getMeasurement(),
                        new IterationResultMetaData(OPS, OPS));
                iteration.addResult(new AverageTimeResult(ResultRole.PRIMARY, "roundTrip", OPS,
                        Math.round(score * 1000 * OPS), TimeUnit.MICROSECONDS));
                iterations.add(iteration);
            }
            results.add(new BenchmarkResult(benchmark, iterations));
        }
        return new RunResult(benchmark, results);
    }

    public static BenchmarkParams params(Map<String, String> params, int forks, int iterations) {
        return params(params, forks, iterations, 1);
    }

    public static BenchmarkParams params(Map<String, String> params, int forks, int iterations, int threads) {
        WorkloadParams workload = new WorkloadParams();
        params.forEach((key, value) -> workload.put(key, value, 0));
        return new BenchmarkParams(BENCHMARK, BENCHMARK + "_AverageTime", true, threads, new int[] {threads}, List.of(), forks, 0,
                new IterationParams(IterationType.WARMUP, 0, TimeValue.seconds(1), 1),
                new IterationParams(IterationType.MEASUREMENT, iterations, TimeValue.seconds(1), 1), Mode.AverageTime,
                workload, TimeUnit.MICROSECONDS, 1, "/jdk/bin/java", List.of("-Xmx256m"), "17.0.15", "OpenJDK 64-Bit Server VM",
                "17.0.15+6", "1.37", TimeValue.minutes(10));
    }
}
