package ipcbench.report.sections;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import ipcbench.report.stats.Estimate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One number of a run as a chart shows it.
 *
 * @param run    where it comes from
 * @param result the JMH entry
 * @param metric "" for the primary metric, else the secondary metric's name ({@code cpu.client.user})
 * @param value  the metric
 */
record Measure(LoadedRun run, JmhResult result, String metric, Metric value) {
    static final String TRANSPORT = "transport";
    /** Error bars and claims use 95 % intervals, as {@code compare} does by default. */
    static final double CONFIDENCE = 0.95;

    String transport() {
        String t = result.param(TRANSPORT);
        return t == null ? "-" : t;
    }

    /** The parameters other than the transport, which tell apart the bars of one transport. */
    Map<String, String> others() {
        Map<String, String> m = new LinkedHashMap<>(result.params());
        m.remove(TRANSPORT);
        return m;
    }

    Estimate estimate() {
        return Estimate.of(value, CONFIDENCE);
    }

    /** A chart category: the metric (if secondary) and the other parameters. */
    String category() {
        return category(others().keySet());
    }

    /** The same with only the given parameters, so that labels name what differs between bars. */
    String category(Collection<String> keys) {
        StringBuilder sb = new StringBuilder(metric);
        others().forEach((k, v) -> {
            if (keys.contains(k)) {
                sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v);
            }
        });
        return sb.length() == 0 ? "all" : sb.toString();
    }

    String benchmarkName() {
        return result.key().shortName();
    }
}
