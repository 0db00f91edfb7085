package ipcbench.report.sections;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import ipcbench.report.precision.PrecisionRow;
import ipcbench.report.stats.Estimate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One number of a run as a chart shows it.
 *
 * @param run    where it comes from
 * @param result the JMH entry
 * @param metric "" for the primary metric, else the secondary metric's name ({@code cpu.client.user})
 * @param value  the metric
 */
record Measure(LoadedRun run, JmhResult result, String metric, Metric value) {
    /**
     * What tells a chart's bars and curves apart: the transport, or for a daemon nobody here wrote
     * (the {@code target} command's benchmarks) its endpoint.
     */
    static final List<String> SERIES_PARAMS = List.of("transport", "target");
    /** Error bars and claims use 95 % intervals, as {@code compare} does by default. */
    static final double CONFIDENCE = 0.95;

    /** The series parameter this result has, or null. */
    String seriesParam() {
        return SERIES_PARAMS.stream().filter(p -> result.param(p) != null).findFirst().orElse(null);
    }

    /** Its series: the transport or target, {@code -} when it has neither. */
    String series() {
        String param = seriesParam();
        return param == null ? "-" : result.param(param);
    }

    /** The parameters other than the series, which tell apart the bars of one series. */
    Map<String, String> others() {
        Map<String, String> m = new LinkedHashMap<>(result.params());
        SERIES_PARAMS.forEach(m::remove);
        return m;
    }

    /** The rerun loop's verdict when it left this number short of its target; primary metrics only. */
    Optional<PrecisionRow> unstable() {
        return metric.isEmpty() ? run.precision().unstable(result) : Optional.empty();
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
