package ipcbench.bench.precision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.RunResult;

/**
 * Keeps measuring the rows of a family that miss the precision target, by need: each round funds
 * the missing rows in the order of the forks they need ({@link ForksNeeded}), fewest first, as long
 * as all the forks of those funded fit in the time left, and gives each funded row one more fork,
 * in turn, so that drift of the machine hits them all alike; each fork is merged into its row
 * ({@link ForkMerge}). A row that needs more forks than the time affords, or more than any budget
 * would ({@link ForksNeeded#OUT_OF_REACH}), gets none: they would be spent without bringing it in.
 * It stops when no missing row is funded or when the next fork would end after the deadline.
 */
public final class PrecisionLoop {
    /**
     * What a fork costs beyond its iterations until one has been timed: its JVM, the daemon's JVM
     * and handshake, stopping them, JMH's profilers. Measured here (2 CPUs, 2026-12-07): about 2 s
     * without profilers, 3 s with quick's CPU and allocation profilers.
     */
    public static final long FORK_OVERHEAD_NANOS = TimeUnit.SECONDS.toNanos(3);

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
     * @param outOfTime  whether rows that more forks would have brought in were left missing the target for want of time
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
        long overhead = FORK_OVERHEAD_NANOS; // the most a fork took beyond its iterations so far
        boolean outOfTime = false;
        rounds:
        while (true) {
            Funding funding = fund(results, goal, overhead, deadlineNanos - nanoClock.getAsLong());
            if (funding.rows().isEmpty()) {
                outOfTime = funding.leftOut();
                break;
            }
            for (int i : funding.rows()) {
                long start = nanoClock.getAsLong();
                if (start + forkNanos(results.get(i), overhead) > deadlineNanos) {
                    outOfTime = true;
                    break rounds;
                }
                RunResult more = rows.get(i).oneMoreFork().call();
                overhead = Math.max(overhead, nanoClock.getAsLong() - start - iterationsNanos(results.get(i).getParams()));
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

    /**
     * A family's share of {@code leftNanos}, before its loop starts: the forks of its rows that one
     * funding of its rows and the later families' together affords (fewest forks first, as a loop
     * funds), and of the time that funding leaves, the part in the same proportion; all of it when
     * no row of any of them is funded. Shares in proportion to need alone gave a family whose only
     * affordable row needed one fork less than that fork when the others needed many, and the fork
     * was never run. Sample-mode rows are left out: they are not judged.
     */
    public static long shareNanos(List<RunResult> mine, List<RunResult> later, PrecisionGoal goal, long leftNanos) {
        List<RunResult> rows = new ArrayList<>(mine.stream().filter(PrecisionLoop::judged).toList());
        int ownRows = rows.size();
        rows.addAll(later.stream().filter(PrecisionLoop::judged).toList());
        Funding funding = fund(rows, goal, FORK_OVERHEAD_NANOS, leftNanos);
        long funded = funding.nanos();
        if (funded == 0) {
            return leftNanos;
        }
        long own = funding.costs().entrySet().stream().filter(e -> e.getKey() < ownRows)
                .mapToLong(Map.Entry::getValue).sum();
        return own + (long) ((leftNanos - funded) * ((double) own / funded));
    }

    /** Whether a row is held to the target: sample mode's rows are there for their percentiles only. */
    public static boolean judged(RunResult row) {
        return row.getParams().getMode() != Mode.SampleTime;
    }

    /**
     * @param costs   the rows funded, by index, fewest forks needed first, each with what its needed
     *                forks take
     * @param leftOut whether a row that could be brought in was not funded for want of time
     */
    private record Funding(LinkedHashMap<Integer, Long> costs, boolean leftOut) {
        /** The indices of the rows funded, fewest forks needed first. */
        List<Integer> rows() {
            return List.copyOf(costs.keySet());
        }

        /** What all their needed forks take together. */
        long nanos() {
            return costs.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Funding fund(List<RunResult> results, PrecisionGoal goal, long overhead, long leftNanos) {
        int[] need = results.stream().mapToInt(r -> ForksNeeded.of(RowSamples.of(r), goal.target())).toArray();
        LinkedHashMap<Integer, Long> costs = new LinkedHashMap<>();
        long nanos = 0;
        boolean leftOut = false;
        for (int i : IntStream.range(0, need.length).boxed().sorted(Comparator.comparingInt(i -> need[i])).toList()) {
            if (need[i] == 0 || need[i] == ForksNeeded.OUT_OF_REACH) {
                continue;
            }
            long cost = need[i] * forkNanos(results.get(i), overhead);
            if (nanos + cost <= leftNanos) {
                costs.put(i, cost);
                nanos += cost;
            } else {
                leftOut = true;
            }
        }
        return new Funding(costs, leftOut);
    }

    /** What one more fork of the row is expected to take: its iterations and the overhead. */
    private static long forkNanos(RunResult row, long overhead) {
        return iterationsNanos(row.getParams()) + overhead;
    }

    /** A fork's warm-up and measurement iterations: the least a fork of the row takes. */
    private static long iterationsNanos(BenchmarkParams params) {
        return nanos(params.getWarmup()) + nanos(params.getMeasurement());
    }

    private static long nanos(IterationParams iterations) {
        return iterations.getCount() * iterations.getTime().convertTo(TimeUnit.NANOSECONDS);
    }
}
