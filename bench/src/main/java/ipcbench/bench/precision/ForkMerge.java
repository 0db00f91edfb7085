package ipcbench.bench.precision;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.WorkloadParams;

/**
 * A row's forks put together as one JMH pass with more forks would have given them: a
 * {@link RunResult} holds one {@link BenchmarkResult} per fork and aggregates their iterations
 * (score, error, secondary metrics such as the profilers'); its parameters' fork count, which
 * jmh.json records, is the sum.
 */
public final class ForkMerge {
    private ForkMerge() {
    }

    public static RunResult merge(RunResult row, RunResult more) {
        List<BenchmarkResult> forks = new ArrayList<>(row.getBenchmarkResults());
        forks.addAll(more.getBenchmarkResults());
        return new RunResult(withForks(row.getParams(), row.getParams().getForks() + more.getParams().getForks()), forks);
    }

    /** {@code params} with another fork count; BenchmarkParams has no copy with one field changed. */
    private static BenchmarkParams withForks(BenchmarkParams params, int forks) {
        // The values' order is that of a @Param's list, which only sorts a pass's rows: one row has one value each.
        WorkloadParams workload = new WorkloadParams();
        for (String key : params.getParamsKeys()) {
            workload.put(key, params.getParam(key), 0);
        }
        return new BenchmarkParams(params.getBenchmark(), params.generatedBenchmark(), params.shouldSynchIterations(),
                params.getThreads(), params.getThreadGroups(), params.getThreadGroupLabels(), forks,
                params.getWarmupForks(), params.getWarmup(), params.getMeasurement(), params.getMode(), workload,
                params.getTimeUnit(), params.getOpsPerInvocation(), params.getJvm(), params.getJvmArgs(),
                params.getJdkVersion(), params.getVmName(), params.getVmVersion(), params.getJmhVersion(),
                params.getTimeout());
    }
}
