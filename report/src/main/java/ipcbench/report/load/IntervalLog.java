package ipcbench.report.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One percentile of the corrected latency in each interval (a second) of a load-generator run.
 *
 * @param name       the file's name without {@code .hlog}, e.g. {@code uds-jdk_rate=20000_conn=1_payload=64}
 * @param percentile 0–100
 * @param micros     that percentile of each non-empty interval in order, in µs
 */
public record IntervalLog(String name, double percentile, List<Double> micros) {

    public IntervalLog {
        micros = List.copyOf(micros);
    }

    /**
     * The run's parameters as its name spells them ({@code LoadMain} names the files): the transport,
     * then {@code key=value} per underscore. A name that is not of that form is one parameter, {@code run}.
     */
    public Map<String, String> params() {
        String[] parts = name.split("_");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("transport", parts[0]);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                return Map.of("run", name);
            }
            params.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        return params;
    }
}
