package ipcbench.report.jmh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a JMH JSON file: a benchmark method run in one mode with one parameter set.
 *
 * @param benchmark  fully qualified method, e.g. {@code ipcbench.bench.jmh.RoundTrip.roundTrip}
 * @param mode       JMH's short label: {@code avgt}, {@code sample}, {@code thrpt} or {@code ss}
 * @param params     parameter values in JMH's order (JMH writes them all as strings)
 * @param primary    the benchmark's own metric
 * @param secondary  profiler and auxiliary metrics by name, in file order
 * @param forks      forks measured (0 when absent)
 * @param threads    threads per fork (0 when absent)
 * @param jvmArgs    the forked JVM's arguments (empty when absent)
 * @param jdkVersion JDK of the forked JVM ("" when absent)
 * @param vmName     VM name of the forked JVM ("" when absent)
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params, Metric primary,
                        Map<String, Metric> secondary, int forks, int threads, List<String> jvmArgs,
                        String jdkVersion, String vmName) {
    /** JMH's label of sample mode (SampleTime). */
    private static final String SAMPLE_MODE = "sample";
    /** The pseudo-parameter for JMH's thread count. */
    public static final String THREADS = "threads";
    /** JMH starts profiler metric names with a middle dot. */
    private static final String SECONDARY_MARK = "\u00b7";

    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
        jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * A parameter's value; {@code threads} falls back to JMH's thread count, so that a benchmark
     * scaled with {@code -t} reads like one with a {@code threads} parameter. Null when absent.
     */
    public String param(String name) {
        String v = params.get(name);
        if (v == null && THREADS.equals(name) && threads > 0) {
            return Integer.toString(threads);
        }
        return v;
    }

    /**
     * Secondary metrics whose name starts with {@code prefix}, by name without JMH's leading
     * {@code ·} (so {@code cpu.} finds {@code ·cpu.client.user}), in file order.
     */
    public Map<String, Metric> secondary(String prefix) {
        Map<String, Metric> found = new LinkedHashMap<>();
        secondary.forEach((name, m) -> {
            String plain = name.startsWith(SECONDARY_MARK) ? name.substring(1) : name;
            if (plain.startsWith(prefix)) {
                found.put(plain, m);
            }
        });
        return found;
    }

    /** Sample mode: latencies of single operations, so percentiles of them and per-fork histograms. */
    public boolean sampleMode() {
        return SAMPLE_MODE.equals(mode);
    }

    public ResultKey key() {
        return new ResultKey(benchmark, mode, params);
    }

    /**
     * Whether a smaller primary score is better. Read from the unit first ({@code ops/…} is a rate,
     * {@code …/op} a cost per operation), then from the mode for units that say neither.
     */
    public boolean lowerIsBetter() {
        String unit = primary.unit();
        if (unit.startsWith("ops/")) {
            return false;
        }
        return unit.endsWith("/op") || !"thrpt".equals(mode);
    }
}
