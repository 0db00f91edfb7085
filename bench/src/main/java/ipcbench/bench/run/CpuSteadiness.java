package ipcbench.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How steadily this machine ran a fixed piece of CPU work, with nothing else of the run going on:
 * chunks of arithmetic calibrated to take about {@link #CHUNK} each, timed back to back. On a
 * shared VM another tenant's load takes the CPU away (often without the guest's steal time showing
 * it) and stretches every measurement alike; no setting of the harness removes that, so a run
 * measures it at its start and end, and a reader of rows that scatter can tell the machine's share.
 * Here on 2026-12-07 a 35 ms chunk took up to 84 ms (its 90th percentile 76 ms on CPU 1) while a
 * quick run's round trips scattered by a factor of two within one fork.
 *
 * @param when         {@code start} or {@code end} of the run
 * @param medianMillis the median chunk, in ms
 * @param p90          the 90th percentile chunk over the median
 * @param max          the slowest chunk over the median
 * @param chunks       how many chunks were timed
 */
public record CpuSteadiness(String when, double medianMillis, double p90, double max, int chunks) {
    /** About how long a chunk takes: long against a timer tick, short against a second's probe. */
    public static final Duration CHUNK = Duration.ofMillis(5);

    /** A 90th percentile this far over the median is no longer a steady CPU (the quick profile's target is ±5 %). */
    public static final double STEADY_P90 = 1.05;

    private static volatile long sink; // the chunks' result, so that the compiler cannot drop their work

    /** Times chunks for {@code length} after a warm-up that compiles the loop and sizes the chunk. */
    public static CpuSteadiness measure(String when, Duration length) {
        long seed = 1;
        long iterations = 10_000;
        long warmupEnd = System.nanoTime() + length.toNanos() / 5;
        while (System.nanoTime() < warmupEnd) { // compiles the loop, then sizes a chunk from the fastest seen
            long start = System.nanoTime();
            seed = work(seed, iterations);
            long took = Math.max(1, System.nanoTime() - start);
            iterations = Math.max(1, (long) (iterations * Math.min(4.0, (double) CHUNK.toNanos() / took)));
        }
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            seed = work(seed, iterations);
            times.add(System.nanoTime() - start);
        }
        sink = seed;
        return of(when, times);
    }

    /** The steadiness of chunks that took {@code nanos}. */
    static CpuSteadiness of(String when, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p90 = sorted[(int) Math.ceil(sorted.length * 0.9) - 1];
        return new CpuSteadiness(when, median / 1e6, p90 / median, sorted[sorted.length - 1] / median, sorted.length);
    }

    public boolean steady() {
        return p90 <= STEADY_P90;
    }

    /** {@code start: a 5.0 ms chunk of work, p90 1.02x, max 1.31x its median (200 chunks)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: a %.1f ms chunk of work, p90 %.2fx, max %.2fx its median (%d chunks)%s",
                when, medianMillis, p90, max, chunks, steady() ? "" : ", unsteady");
    }

    private static long work(long x, long iterations) {
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L; // a step of an LCG, which the JIT does not fold
        }
        return x;
    }
}
