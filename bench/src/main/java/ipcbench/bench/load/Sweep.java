package ipcbench.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Raises the rate step by step until the corrected p99 exceeds the objective, the achieved rate
 * falls short, or a run fails; the highest rate before that is the sustainable one.
 */
final class Sweep {
    /** One fixed-rate run at a given rate. */
    interface Step {
        LoadResult run(long rate) throws Exception;
    }

    private static final String EVERY_STEP_PASSED = "every step passed: the limit is higher";

    private final String transport;
    private final long sloNanos;
    private final List<LoadResult> points = new ArrayList<>();
    private String stoppedBecause = EVERY_STEP_PASSED;

    private Sweep(String transport, long sloNanos) {
        this.transport = transport;
        this.sloNanos = sloNanos;
    }

    /**
     * @param tries runs of a rate before it counts as unsustainable: on a shared machine one
     *              other process's burst can spoil a step; a failed run is never retried
     */
    static Sweep run(String transport, List<Long> rates, long sloNanos, int tries, Step step) throws Exception {
        Sweep sweep = new Sweep(transport, sloNanos);
        for (long rate : rates) {
            String reason = null;
            for (int attempt = 0; attempt < tries; attempt++) {
                LoadResult result = step.run(rate);
                sweep.points.add(result);
                reason = sweep.whyNotSustainable(result);
                if (reason == null || result.verdict() == LoadResult.Verdict.FAILED) {
                    break;
                }
            }
            if (reason != null) {
                sweep.stoppedBecause = "stopped at " + rate + "/s: " + reason;
                break;
            }
        }
        return sweep;
    }

    /** {@code first, first * factor, ...} up to {@code max}, rounded to whole requests per second. */
    static List<Long> geometric(long first, double factor, long max) {
        if (factor <= 1) {
            throw new IllegalArgumentException("the sweep factor must be above 1, got " + factor);
        }
        List<Long> rates = new ArrayList<>();
        for (double rate = first; rate <= max; rate *= factor) {
            rates.add(Math.round(rate));
        }
        return rates;
    }

    private String whyNotSustainable(LoadResult result) {
        if (result.verdict() != LoadResult.Verdict.OK) {
            return result.problem();
        }
        long p99 = result.corrected().getValueAtPercentile(99);
        return p99 > sloNanos ? String.format(Locale.ROOT, "p99 %.1f us above the objective %.1f us",
                Summary.micros(p99), Summary.micros(sloNanos)) : null;
    }

    /** The highest rate that met the objective, or -1 when none did. */
    long highestSustainable() {
        long highest = -1;
        for (LoadResult point : points) {
            if (whyNotSustainable(point) == null) {
                highest = Math.max(highest, point.spec().rate());
            }
        }
        return highest;
    }

    boolean failed() {
        return points.stream().anyMatch(point -> point.verdict() == LoadResult.Verdict.FAILED);
    }

    String describe() {
        long highest = highestSustainable();
        return String.format(Locale.ROOT, "%s: highest sustainable rate %s (corrected p99 <= %.0f us); %s",
                transport, highest < 0 ? "none" : (stoppedBecause.equals(EVERY_STEP_PASSED) ? "at least " : "") + highest
                        + "/s", Summary.micros(sloNanos), stoppedBecause);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("transport", transport);
        json.put("sloP99Us", Summary.micros(sloNanos));
        json.put("highestSustainableRate", highestSustainable() < 0 ? null : highestSustainable());
        json.put("stoppedBecause", stoppedBecause);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LoadResult point : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rate", point.spec().rate());
            row.put("achievedRate", point.achievedRate());
            row.put("sustainable", whyNotSustainable(point) == null);
            row.put("correctedUs", Summary.latencies(point.corrected()));
            row.put("uncorrectedUs", Summary.latencies(point.uncorrected()));
            rows.add(row);
        }
        json.put("points", rows);
        return json;
    }

    static String csvHeader() {
        return "transport,rate,achieved_rate,sustainable,p50_us,p90_us,p99_us,p99.9_us,p99.99_us,max_us,"
                + "uncorrected_p99_us,uncorrected_max_us";
    }

    List<String> csvRows() {
        List<String> rows = new ArrayList<>();
        for (LoadResult point : points) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%s,%d,%.1f,%b", transport,
                    point.spec().rate(), point.achievedRate(), whyNotSustainable(point) == null));
            for (double value : Summary.latencies(point.corrected()).values()) {
                row.append(String.format(Locale.ROOT, ",%.1f", value));
            }
            row.append(String.format(Locale.ROOT, ",%.1f,%.1f",
                    Summary.micros(point.uncorrected().getValueAtPercentile(99)),
                    Summary.micros(point.uncorrected().getMaxValue())));
            rows.add(row.toString());
        }
        return rows;
    }
}
