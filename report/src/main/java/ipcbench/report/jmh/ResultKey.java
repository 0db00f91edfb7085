package ipcbench.report.jmh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What identifies a result within a run: benchmark, mode and parameter values. */
public record ResultKey(String benchmark, String mode, Map<String, String> params) {

    public ResultKey {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The method name with its class, without the package: {@code RoundTrip.roundTrip}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
    }

    /** The benchmark's class without the package, as not-applicable.txt names it: {@code RoundTrip}. */
    public String className() {
        String shortName = shortName();
        return shortName.substring(0, shortName.indexOf('.'));
    }

    /** The parameters as {@code k=v k=v}, in JMH's order; empty when there are none. */
    public String paramText() {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
