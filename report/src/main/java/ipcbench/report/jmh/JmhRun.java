package ipcbench.report.jmh;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run of the benchmarks.
 *
 * @param source  the directory or file it was read from
 * @param env     the run's {@code env.json} as strings (kernel, cpuModel, jdkVersion, profile…);
 *                empty when the run has none. Any key may be missing.
 * @param results the JMH entries in file order
 */
public record JmhRun(Path source, Map<String, String> env, List<JmhResult> results) {

    public JmhRun {
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        results = List.copyOf(results);
    }
}
