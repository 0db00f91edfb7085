package ipcbench.report.sections;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ipcbench.bench.cli.EnvInfo;
import ipcbench.bench.run.RunDirectory;
import ipcbench.report.text.Grid;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Where each run ran, from its env.json, one column per run: a short table of what tells the
 * machines and set-ups apart (machine, kernel, JDK, JVMs, placement, profile, date, commit), and a
 * folded one of the long strings (JMH arguments, transports, server models, each JVM's flags), one
 * row per entry. Keys this class does not know, and values that are not the JSON it expects, go to
 * the folded table as they are.
 */
final class EnvironmentSection {
    static final String ID = "environment";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** env.json keys the two tables show in their own words; the rest are shown raw. */
    private static final Set<String> INTERPRETED = Set.of("cpuModel", "cores", "arch", "kernel", "jdkVendor",
            "jdkVersion", "vmName", "benchmarkJvms", "daemonJvms", "jvmFlags", "cpuPlacement", "profile",
            "utcTimestamp", "gitCommit", "jmhArgs", "transports", "daemonModels", EnvInfo.INJECTED_DELAY,
            EnvInfo.CPU_STEADINESS, EnvInfo.CPU_STEADY);

    private EnvironmentSection() {
    }

    static Section build(List<LoadedRun> runs) {
        Grid summary = grid("", runs, EnvironmentSection::summary);
        Grid details = grid("parameter", runs, EnvironmentSection::details);
        String intro = summary.rows().isEmpty() && details.rows().isEmpty()
                ? "No " + RunDirectory.ENV_JSON + " in the run directory: the machine and JDK are not recorded,"
                        + " so these numbers cannot be tied to a machine."
                : "From each run's " + RunDirectory.ENV_JSON + ". Numbers from different machines, JDKs or CPU"
                        + " placements measure the set-ups as much as the transports.";
        List<DataTable> tables = new ArrayList<>();
        if (!summary.rows().isEmpty()) {
            tables.add(new DataTable("Environment", summary));
        }
        if (!details.rows().isEmpty()) {
            tables.add(new DataTable("Run parameters: JMH arguments, transports, server models, JVM flags", details,
                    true));
        }
        return new Section(ID, "Environment", intro, List.of(), tables);
    }

    /** One row per label that some run has, in first-seen order; "-" where a run lacks it. */
    private static Grid grid(String header, List<LoadedRun> runs, Function<Map<String, String>, Map<String, String>> rows) {
        List<Map<String, String>> perRun = runs.stream().map(r -> rows.apply(r.jmh().env())).toList();
        Set<String> labels = new LinkedHashSet<>();
        perRun.forEach(m -> labels.addAll(m.keySet()));
        List<Grid.Column> cols = new ArrayList<>();
        cols.add(Grid.left(header));
        runs.forEach(r -> cols.add(Grid.left(r.label())));
        Grid grid = new Grid(cols);
        for (String label : labels) {
            List<String> row = new ArrayList<>();
            row.add(label);
            perRun.forEach(m -> row.add(m.getOrDefault(label, "-")));
            grid.add(row);
        }
        return grid;
    }

    static Map<String, String> summary(Map<String, String> env) {
        Map<String, String> rows = new LinkedHashMap<>();
        put(rows, "machine", joined(", ", env.get("cpuModel"), env.containsKey("cores") ? env.get("cores") + " CPUs" : null,
                env.get("arch")));
        put(rows, "CPU steadiness", env.get(EnvInfo.CPU_STEADINESS));
        put(rows, "kernel", env.get("kernel"));
        put(rows, "JDK", joined(" ", env.get("jdkVendor"), env.get("jdkVersion"),
                env.containsKey("vmName") ? "(" + env.get("vmName") + ")" : null));
        put(rows, "benchmark JVMs", distinct(jvms(env.get("benchmarkJvms"), "jvm", "vmVersion", null)));
        put(rows, "daemon JVMs", distinct(jvms(env.get("daemonJvms"), "java", "version", null)));
        put(rows, "benchmark JVM flags", env.get("jvmFlags"));
        put(rows, "CPU placement", env.get("cpuPlacement"));
        put(rows, "profile", env.get("profile"));
        put(rows, "INJECTED DELAY (test only, not a measurement)", env.get(EnvInfo.INJECTED_DELAY));
        put(rows, "date", date(env.get("utcTimestamp")));
        put(rows, "commit", env.get("gitCommit"));
        return rows;
    }

    static Map<String, String> details(Map<String, String> env) {
        Map<String, String> rows = new LinkedHashMap<>();
        String jmhArgs = env.get("jmhArgs");
        if (jmhArgs != null) {
            // "roundtrip: <args>; concurrency: <args>; ": a row per family
            for (String family : jmhArgs.split(";")) {
                int colon = family.indexOf(':');
                if (!family.isBlank()) {
                    put(rows, colon < 0 ? "JMH arguments" : "JMH arguments: " + family.substring(0, colon).strip(),
                            family.substring(colon + 1).strip());
                }
            }
        }
        entryRows(rows, env, "transports", "transport ", entries(env.get("transports")));
        entryRows(rows, env, "daemonModels", "server model: ", entries(env.get("daemonModels")));
        entryRows(rows, env, "benchmarkJvms", "benchmark JVM ", numbered(jvms(env.get("benchmarkJvms"), "jvm",
                "vmVersion", "jvmArgs")));
        entryRows(rows, env, "daemonJvms", "daemon JVM ", numbered(jvms(env.get("daemonJvms"), "java", "version",
                "jvmArgs")));
        env.forEach((key, value) -> {
            if (!INTERPRETED.contains(key)) {
                put(rows, key, value);
            }
        });
        return rows;
    }

    /** A row per entry, labelled prefix + its name; the key's raw value if it had none (not the JSON expected). */
    private static void entryRows(Map<String, String> rows, Map<String, String> env, String key, String prefix,
                                  Map<String, String> entries) {
        if (entries.isEmpty()) {
            put(rows, key, env.get(key));
        }
        entries.forEach((name, value) -> rows.put(prefix + name, value));
    }

    private static Map<String, String> numbered(List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(Integer.toString(i + 1), values.get(i));
        }
        return m;
    }

    /**
     * Each JVM of a JSON list of objects as "executable version" (and ": flags" when
     * {@code flags} names the member that holds them); empty for a missing or malformed list.
     */
    private static List<String> jvms(String json, String executable, String version, String flags) {
        List<String> jvms = new ArrayList<>();
        JsonElement list = parse(json);
        if (list == null || !list.isJsonArray()) {
            return jvms;
        }
        for (JsonElement e : list.getAsJsonArray()) {
            if (e.isJsonObject()) {
                var o = e.getAsJsonObject();
                StringBuilder sb = new StringBuilder(text(o.get(executable))).append(' ').append(text(o.get(version)));
                if (flags != null && o.has(flags) && o.get(flags).isJsonArray()) {
                    StringJoiner args = new StringJoiner(" ");
                    o.getAsJsonArray(flags).forEach(a -> args.add(text(a)));
                    sb.append(": ").append(args);
                }
                jvms.add(sb.toString().strip());
            }
        }
        return jvms;
    }

    /** A JSON object's members as text; empty for a missing value or one that is not an object. */
    private static Map<String, String> entries(String json) {
        Map<String, String> entries = new LinkedHashMap<>();
        JsonElement object = parse(json);
        if (object != null && object.isJsonObject()) {
            object.getAsJsonObject().entrySet().forEach(e -> entries.put(e.getKey(), text(e.getValue())));
        }
        return entries;
    }

    private static JsonElement parse(String json) {
        try {
            return json == null ? null : JsonParser.parseString(json);
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? "?" : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static String distinct(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", new LinkedHashSet<>(values));
    }

    private static String date(String utc) {
        if (utc == null) {
            return null;
        }
        try {
            return DATE.format(Instant.parse(utc));
        } catch (DateTimeParseException e) {
            return utc;
        }
    }

    private static String joined(String separator, String... parts) {
        StringJoiner j = new StringJoiner(separator);
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(p);
            }
        }
        return j.length() == 0 ? null : j.toString();
    }

    private static void put(Map<String, String> rows, String label, String value) {
        if (value != null) {
            rows.put(label, value);
        }
    }
}
