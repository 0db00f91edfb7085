package ipcbench.report.jmh;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results of one run of the benchmarks.
 *
 * @param source  the directory or file it was read from
 * @param env     the run's {@code env.json} as strings (kernel, cpuModel, jdkVersion, profile…);
 *                empty when the run has none. Any key may be missing.
 * @param results the JMH entries in file order
 */
public record JmhRun(Path source, Map<String, String> env, List<JmhResult> results) {
    /** env.json's list of the daemons' JVMs, each {@code {java, version, jvmArgs}} (bench's EnvInfo). */
    private static final String DAEMON_JVMS = "daemonJvms";

    public JmhRun {
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        results = List.copyOf(results);
    }

    /**
     * The JDK the daemons ran on, as they announced it ({@code 25.0.1+8-LTS (Eclipse Adoptium)}),
     * comma-separated if there were several. A run from before env.json recorded them started its
     * daemons with the benchmark JVM's own java: then the forks' JDK as JMH recorded it; "?" when
     * neither is known.
     */
    public String daemonJdk() {
        Set<String> versions = new LinkedHashSet<>();
        try {
            JsonElement jvms = JsonParser.parseString(env.getOrDefault(DAEMON_JVMS, "[]"));
            if (jvms.isJsonArray()) {
                for (JsonElement jvm : jvms.getAsJsonArray()) {
                    if (jvm.isJsonObject() && jvm.getAsJsonObject().has("version")) {
                        versions.add(jvm.getAsJsonObject().get("version").getAsString());
                    }
                }
            }
        } catch (JsonParseException e) {
            // a hand-edited env.json: as if it had no record of the daemons
        }
        if (!versions.isEmpty()) {
            return String.join(", ", versions);
        }
        return results.stream().map(JmhResult::jdkVersion).filter(v -> !v.isEmpty()).findFirst().orElse("?");
    }
}
