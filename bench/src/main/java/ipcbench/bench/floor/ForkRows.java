package ipcbench.bench.floor;

import ipcbench.bench.precision.ForkMerge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/**
 * Forks measured one per round, gathered into one row per benchmark, mode and parameters, as a
 * JMH pass with that many forks would have written them to jmh.json ({@link ForkMerge}): the
 * floor check's run directory then reads as any run's. Rows keep the order of their first fork.
 */
public final class ForkRows {
    private final Map<List<String>, RunResult> rows = new LinkedHashMap<>();

    /** Adds one fork's result to its row; returns it, for the caller's own use of its score. */
    public RunResult add(RunResult fork) {
        rows.merge(key(fork.getParams()), fork, ForkMerge::merge);
        return fork;
    }

    public List<RunResult> rows() {
        return List.copyOf(rows.values());
    }

    private static List<String> key(BenchmarkParams params) {
        List<String> key = new ArrayList<>(List.of(params.getBenchmark(), params.getMode().shortLabel()));
        for (String name : params.getParamsKeys()) {
            key.add(name + "=" + params.getParam(name));
        }
        return key;
    }
}
