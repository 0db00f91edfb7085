package ipcbench.bench.precision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.RunResult;

/**
 * Keeps measuring the rows of a family that miss the precision target: in each round one more
 * fork for every row still missing it, the rows in turn, so that drift of the machine hits them
 * all alike; each fork is merged into its row ({@link ForkMerge}). It stops when every row meets
 * the target or when the next fork would end after the deadline, judged by the slowest fork so
 * far (before the first, by the row's iterations alone).
 */
public final class PrecisionLoop {
    /**
     * A row as its first pass measured it, and how to measure one more fork of it: exactly its
     * parameters, mode and its pass's settings, one fork.
     */
    public record Row(RunResult measured, Callable<RunResult> oneMoreFork) {
    }

    /**
     * @param results    the rows with their added forks merged in, in the order given
     * @param rows       how precise each came out
     * @param addedForks forks added, over all rows
     * @param outOfTime  whether rows were left missing the target because the deadline came
     */
    public record Outcome(List<RunResult> results, List<RowPrecision> rows, int addedForks, boolean outOfTime) {
    }

    private final PrecisionGoal goal;
    private final LongSupplier nanoClock;
    private final long deadlineNanos;

    /** @param deadlineNanos when the family's share of the budget ends, on {@code nanoClock} */
    public PrecisionLoop(PrecisionGoal goal, LongSupplier nanoClock, long deadlineNanos) {
        this.goal = goal;
        this.nanoClock = nanoClock;
        this.deadlineNanos = deadlineNanos;
    }

    public Outcome run(List<Row> rows) throws Exception {
        List<RunResult> results = new ArrayList<>(rows.stream().map(Row::measured).toList());
        int[] added = new int[rows.size()];
        long slowestFork = 0;
        boolean outOfTime = false;
        while (!outOfTime) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (!goal.metBy(RowSamples.of(results.get(i)).relativeHalfWidth())) {
                    missing.add(i);
                }
            }
            if (missing.isEmpty()) {
                break;
            }
            for (int i : missing) {
                long start = nanoClock.getAsLong();
                if (start + Math.max(slowestFork, iterationsNanos(results.get(i).getParams())) > deadlineNanos) {
                    outOfTime = true;
                    break;
                }
                RunResult more = rows.get(i).oneMoreFork().call();
                slowestFork = Math.max(slowestFork, nanoClock.getAsLong() - start);
                results.set(i, ForkMerge.merge(results.get(i), more));
                added[i]++;
            }
        }
        List<RowPrecision> precision = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            precision.add(RowPrecision.of(results.get(i), goal, added[i]));
        }
        return new Outcome(List.copyOf(results), List.copyOf(precision), Arrays.stream(added).sum(), outOfTime);
    }

    /** A fork's warm-up and measurement iterations: the least a fork of the row takes. */
    private static long iterationsNanos(BenchmarkParams params) {
        return nanos(params.getWarmup()) + nanos(params.getMeasurement());
    }

    private static long nanos(IterationParams iterations) {
        return iterations.getCount() * iterations.getTime().convertTo(TimeUnit.NANOSECONDS);
    }
}
