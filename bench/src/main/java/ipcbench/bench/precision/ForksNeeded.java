package ipcbench.bench.precision;

import org.apache.commons.math3.stat.StatUtils;

/**
 * How many more forks a row needs to meet the target, predicted from what it measured so far: each
 * added fork brings as many iterations as its forks had on average, scattering as they did. While
 * the row has fewer than {@link RowSamples#MIN_FORKS} forks its samples are iterations; from then
 * on fork means, whose spread is taken from the fork means seen (with two forks or more) or else
 * from the iterations' over √(iterations per fork), whichever is larger. A prediction, not a
 * promise: the loop judges the row again after every fork.
 */
public final class ForksNeeded {
    /** Predictions stop here: a row needing more is out of reach of any budget a run is given. */
    public static final int MAX = 16;

    /** What {@link #of} returns for a row that {@link #MAX} more forks would not bring within the target. */
    public static final int OUT_OF_REACH = Integer.MAX_VALUE;

    private ForksNeeded() {
    }

    /**
     * A row's outlook in words, as the run's summary and the report say it: {@code would need about
     * 3 more fork(s)}, or {@code out of reach (more than 16 forks)} for {@link #OUT_OF_REACH}.
     */
    public static String outlook(int moreForks) {
        return moreForks == OUT_OF_REACH ? "out of reach (more than " + MAX + " forks)"
                : "would need about " + moreForks + " more fork(s)";
    }

    /**
     * The fewest forks after which the row's predicted half-width is within {@code target}: 0 when
     * it is already, 1 when it has no interval yet (fewer than two samples: one more fork gives
     * one), {@link #OUT_OF_REACH} beyond {@link #MAX}.
     */
    public static int of(RowSamples row, double target) {
        double now = row.relativeHalfWidth();
        if (now <= target) {
            return 0;
        }
        double[] iterations = row.iterations();
        if (Double.isNaN(now) || iterations.length < 2) {
            return 1;
        }
        int forks = row.forks().length;
        double perFork = (double) iterations.length / forks;
        double mean = Math.abs(StatUtils.mean(iterations));
        double iterationSd = Math.sqrt(StatUtils.variance(iterations));
        double[] forkMeans = row.forkMeans();
        double forkSd = Math.max(forkMeans.length >= 2 ? Math.sqrt(StatUtils.variance(forkMeans)) : 0,
                iterationSd / Math.sqrt(perFork));
        for (int added = 1; added <= MAX; added++) {
            int total = forks + added;
            double predicted = total >= RowSamples.MIN_FORKS
                    ? HalfWidth.absolute(total, forkSd)
                    : HalfWidth.absolute(Math.round(total * perFork), iterationSd);
            if (predicted / mean <= target) {
                return added;
            }
        }
        return OUT_OF_REACH;
    }
}
