package ipcbench.bench.load;

import ipcbench.transport.ClientModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** A run in words (the table rows) and as a JSON-ready map; latencies in microseconds. */
final class Summary {
    static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};
    private static final String[] NAMES = {"p50", "p90", "p99", "p99.9", "p99.99"};

    private Summary() {
    }

    static String header() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s %8s %10s  %-11s", "transport",
                "rate/s", "achieved/s", "latency us"));
        for (String name : NAMES) {
            line.append(String.format(Locale.ROOT, " %8s", name));
        }
        return line.append(String.format(Locale.ROOT, " %9s", "max")).toString();
    }

    /** Two rows, corrected over uncorrected, then the conditions and the verdict. */
    static String rows(String transport, LoadResult result, Conditions conditions) {
        String corrected = String.format(Locale.ROOT, "%-16s %8d %10.0f  %-11s%s", transport, result.spec().rate(),
                result.achievedRate(), "corrected", percentiles(result.corrected()));
        String uncorrected = String.format(Locale.ROOT, "%-16s %8s %10s  %-11s%s", "", "", "", "uncorrected",
                percentiles(result.uncorrected()));
        String notes = String.format(Locale.ROOT, "%-16s send lag p99 %.1f us, max %.1f us; window full %d times; %s",
                "", micros(result.sendLag().getValueAtPercentile(99)), micros(result.sendLag().getMaxValue()),
                result.windowFullEvents(), conditions.describe(result.cores()));
        String verdict = result.verdict() == LoadResult.Verdict.OK ? "" : "\n" + " ".repeat(17) + result.problem();
        return corrected + "\n" + uncorrected + "\n" + notes + verdict;
    }

    private static String percentiles(Histogram histogram) {
        StringBuilder text = new StringBuilder();
        for (double p : PERCENTILES) {
            text.append(String.format(Locale.ROOT, " %8.1f", micros(histogram.getValueAtPercentile(p))));
        }
        return text.append(String.format(Locale.ROOT, " %9.1f", micros(histogram.getMaxValue()))).toString();
    }

    static Map<String, Object> json(String transport, ClientModel client, LoadResult result, Conditions conditions,
                                    Map<String, String> files) {
        LoadSpec spec = result.spec();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("transport", transport);
        run.put("client", client.id());
        run.put("rate", spec.rate());
        run.put("connections", spec.connections());
        run.put("payload", spec.requestLength());
        run.put("response", spec.responseLength());
        run.put("warmupSeconds", spec.warmup().toMillis() / 1e3);
        run.put("durationSeconds", spec.duration().toMillis() / 1e3);
        run.put("spinUs", spec.spinNanos() / 1e3);
        run.put("window", spec.window());
        run.put("achievedRate", result.achievedRate());
        run.put("verdict", result.verdict().name());
        run.put("problem", result.problem());
        run.put("count", result.corrected().getTotalCount());
        run.put("unsent", result.unsent());
        run.put("windowFullEvents", result.windowFullEvents());
        run.put("correctedUs", latencies(result.corrected()));
        run.put("uncorrectedUs", latencies(result.uncorrected()));
        run.put("sendLagUs", latencies(result.sendLag()));
        run.put("coresUsed", result.cores());
        run.putAll(conditions.json());
        run.put("files", files);
        return run;
    }

    static Map<String, Double> latencies(Histogram histogram) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < PERCENTILES.length; i++) {
            values.put(NAMES[i], micros(histogram.getValueAtPercentile(PERCENTILES[i])));
        }
        values.put("max", micros(histogram.getMaxValue()));
        return values;
    }

    static double micros(long nanos) {
        return nanos / 1e3;
    }
}
