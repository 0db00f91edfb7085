package ipcbench.report.load;

import java.util.List;

/**
 * Latency by percentile from one load-generator run.
 *
 * @param name        the file's name without {@code .hgrm}; it carries transport, rate and connections
 * @param percentiles 0–100, ascending
 * @param values      latency at each percentile, in the file's unit
 */
public record PercentileCurve(String name, List<Double> percentiles, List<Double> values) {

    public PercentileCurve {
        percentiles = List.copyOf(percentiles);
        values = List.copyOf(values);
    }
}
