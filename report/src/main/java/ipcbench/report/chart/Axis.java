package ipcbench.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * A value axis: its title, its range, whether it is logarithmic, and its labelled ticks.
 *
 * @param title shown beside the axis
 * @param min   the value at the axis's start (positive on a log axis)
 * @param max   the value at its end
 * @param log   whether equal ratios take equal lengths (log10)
 * @param ticks where grid lines and labels go
 */
record Axis(String title, double min, double max, boolean log, List<Tick> ticks) {
    /** Linear ticks aim at about this many intervals. */
    private static final int INTERVALS = 5;
    /** Over more decades than this, a log axis labels only powers of ten; under it, 1-2-5 steps. */
    private static final double FINE_DECADES = 3;
    private static final double[] ONE_TWO_FIVE = {1, 2, 5};
    private static final double[] DECADES = {1};

    /** A tick and the text under or beside it. */
    record Tick(double value, String label) {
    }

    Axis {
        if (!(min < max) || log && min <= 0) {
            throw new IllegalArgumentException(title + ": no axis from " + min + " to " + max + (log ? " (log)" : ""));
        }
        ticks = List.copyOf(ticks);
    }

    /**
     * A linear axis over the finite values, with ticks at 1, 2 or 5 times a power of ten.
     *
     * @param fromZero include 0, so that bar heights and curves compare as proportions
     */
    static Axis linear(String title, DoubleStream values, boolean fromZero) {
        double[] v = values.filter(Double::isFinite).toArray();
        double lo = DoubleStream.of(v).min().orElse(0);
        double hi = DoubleStream.of(v).max().orElse(1);
        if (fromZero) {
            lo = Math.min(0, lo);
            hi = Math.max(0, hi);
        }
        if (hi <= lo) {
            hi = lo + (lo == 0 ? 1 : Math.abs(lo) / 10);
        }
        double step = niceStep((hi - lo) / INTERVALS);
        long first = (long) Math.floor(lo / step + 1e-9);
        long last = (long) Math.ceil(hi / step - 1e-9);
        List<Tick> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            ticks.add(tick(i * step));
        }
        return new Axis(title, first * step, last * step, false, ticks);
    }

    /**
     * A log10 axis over the positive finite values (others have no place on it), from the 1-2-5
     * step at or below the smallest to the one at or above the largest.
     */
    static Axis log(String title, DoubleStream values) {
        double[] v = values.filter(x -> x > 0 && Double.isFinite(x)).toArray();
        double lo = DoubleStream.of(v).min().orElse(1);
        double hi = DoubleStream.of(v).max().orElse(10);
        double[] steps = Math.log10(hi / lo) > FINE_DECADES ? DECADES : ONE_TWO_FIVE;
        double min = stepAtOrBelow(lo, steps);
        double max = stepAtOrAbove(hi, steps);
        if (max <= min) {
            max = stepAtOrAbove(min * 1.000001, steps);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int decade = (int) Math.floor(Math.log10(min)); decade <= (int) Math.ceil(Math.log10(max)); decade++) {
            for (double m : steps) {
                double t = m * Math.pow(10, decade);
                if (t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9)) {
                    ticks.add(tick(t));
                }
            }
        }
        return new Axis(title, min, max, true, ticks);
    }

    /** Where {@code v} lies: 0 at {@link #min}, 1 at {@link #max}. */
    double fraction(double v) {
        return log ? Math.log10(v / min) / Math.log10(max / min) : (v - min) / (max - min);
    }

    /** Whether {@code v} can be drawn on this axis: finite, and positive on a log axis. */
    boolean takes(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    /** {@code v} moved into the axis's range. */
    double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    /** A tick label: at most four significant digits, k/M/G from 10 000 on (120k, 1.5M). */
    static String label(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return significant(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return significant(v / 1e6) + "M";
        }
        return a >= 1e4 ? significant(v / 1e3) + "k" : significant(v);
    }

    private static Tick tick(double v) {
        return new Tick(v, label(v));
    }

    private static String significant(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The smallest of 1, 2, 5 × 10^k that is at least {@code raw}. */
    private static double niceStep(double raw) {
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * decade >= raw * (1 - 1e-9)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static double stepAtOrBelow(double v, double[] steps) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (int i = steps.length - 1; i >= 0; i--) {
            if (steps[i] * decade <= v * (1 + 1e-9)) {
                return steps[i] * decade;
            }
        }
        return decade;
    }

    private static double stepAtOrAbove(double v, double[] steps) {
        double decade = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : steps) {
            if (m * decade >= v * (1 - 1e-9)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }
}
