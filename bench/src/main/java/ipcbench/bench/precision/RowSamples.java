package ipcbench.bench.precision;

import java.util.Arrays;
import org.openjdk.jmh.results.RunResult;

/**
 * What one result row (benchmark, mode, parameters) measured: per fork, in the order run, its
 * iteration scores (in sample mode each iteration's mean). Iterations of one fork share its JIT
 * decisions and the machine's state, so with enough forks a sample is a fork's mean; with fewer,
 * an iteration (as the report's {@code compare} decides).
 *
 * @param forks iteration scores per fork
 */
public record RowSamples(double[][] forks) {
    /** From this many forks on, the forks' means are the samples: as compare and the report decide (their WelchTest.MIN_SAMPLES). */
    public static final int MIN_FORKS = 4;

    public static RowSamples of(RunResult row) {
        return new RowSamples(row.getBenchmarkResults().stream()
                .map(fork -> fork.getIterationResults().stream().mapToDouble(i -> i.getPrimaryResult().getScore()).toArray())
                .toArray(double[][]::new));
    }

    public boolean byForks() {
        return forks.length >= MIN_FORKS;
    }

    /** What a sample is, as precision.json names it: {@code forks} or {@code iterations}. */
    public String unit() {
        return byForks() ? "forks" : "iterations";
    }

    /** The independent samples: fork means or iterations. */
    public double[] samples() {
        return byForks() ? forkMeans() : iterations();
    }

    public double relativeHalfWidth() {
        return HalfWidth.relative(samples());
    }

    /** Each fork's mean, forks without iterations left out. */
    public double[] forkMeans() {
        return Arrays.stream(forks).filter(f -> f.length > 0).mapToDouble(f -> Arrays.stream(f).average().orElseThrow())
                .toArray();
    }

    /** All iterations, forks in order. */
    public double[] iterations() {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
    }
}
