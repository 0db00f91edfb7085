package ipcbench.bench.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.run.CpuSteadiness;
import ipcbench.bench.run.DaemonRecord;
import ipcbench.bench.run.RunDirectory;
import ipcbench.bench.run.TargetRecord;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.InjectedDelay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A run's {@code env.json}: what a reader needs to trust or compare the numbers (machine, kernel,
 * JDK, the JVM flags the forks really ran with, commit, profile, CPU placement, the precision
 * target and budget, the transports and
 * the server model of each daemon, and any external daemon measured: its pid, executable and version). The flags come from {@code jmh.json} (JMH records each fork's),
 * the daemons from the records the benchmark JVMs wrote ({@link DaemonRecord}). A daemon that
 * announced a test-only delay puts {@code injectedDelay} ({@code uds-jdk:500ns}, several comma-separated)
 * next to the profile, so that a delayed run is never read as a measurement.
 *
 * @param profile    the profile run ({@code quick}, {@code full}, {@code load}, {@code floor})
 * @param placement  the CPU placement, as the table header shows it
 * @param command    what was run (the families and their JMH arguments)
 * @param jvmFlags   the benchmark JVMs' flags, for runs without a jmh.json (load, floor)
 * @param gitCommit  the commit measured, {@code +dirty} when the work tree had changes
 * @param precision  the precision target and budget of a benchmark run; null for runs that have none (load, floor)
 * @param steadiness how steadily the CPU ran at the run's start and end ({@link CpuSteadiness}); empty when not measured
 */
public record EnvInfo(String profile, String placement, String command, List<String> jvmFlags, String gitCommit,
                      PrecisionGoal precision, List<CpuSteadiness> steadiness) {
    /** env.json's key for the steadiness probes, in words, and for whether all were steady (report reads both). */
    public static final String CPU_STEADINESS = "cpuSteadiness";
    public static final String CPU_STEADY = "cpuSteady";

    /** env.json's key for the daemons' test-only delays (report's EnvCheck reads it). */
    public static final String INJECTED_DELAY = "injectedDelay";

    /** A run without a precision target (load, floor). */
    public EnvInfo(String profile, String placement, String command, List<String> jvmFlags, String gitCommit) {
        this(profile, placement, command, jvmFlags, gitCommit, null);
    }

    /** A run whose CPU was not probed. */
    public EnvInfo(String profile, String placement, String command, List<String> jvmFlags, String gitCommit,
                   PrecisionGoal precision) {
        this(profile, placement, command, jvmFlags, gitCommit, precision, List.of());
    }

    public void write(RunDirectory run) throws IOException {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("utcTimestamp", Instant.now().toString());
        env.put("profile", profile);
        List<DaemonRecord> daemons = DaemonRecord.readAll(run.daemons());
        String delays = injectedDelays(daemons);
        if (!delays.isEmpty()) {
            env.put(INJECTED_DELAY, delays);
        }
        env.put("cpuPlacement", placement);
        env.put("cpuModel", cpuModel());
        env.put("cores", Runtime.getRuntime().availableProcessors());
        if (!steadiness.isEmpty()) {
            env.put(CPU_STEADINESS, steadiness.stream().map(CpuSteadiness::describe).collect(Collectors.joining("; ")));
            env.put(CPU_STEADY, steadiness.stream().allMatch(CpuSteadiness::steady));
        }
        env.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        env.put("arch", System.getProperty("os.arch"));
        env.put("jdkVendor", System.getProperty("java.vendor"));
        env.put("jdkVersion", System.getProperty("java.runtime.version"));
        env.put("vmName", System.getProperty("java.vm.name"));
        List<Map<String, Object>> jvms = benchmarkJvms(run.jmhJson());
        env.put("jvmFlags", jvms.isEmpty() ? String.join(" ", jvmFlags) : joinFlags(jvms));
        env.put("benchmarkJvms", jvms);
        env.put("jmhArgs", command);
        env.put("gitCommit", gitCommit);
        if (precision != null) {
            env.put("precision", precision.targetLabel());
            if (!precision.isOff()) {
                env.put("budgetSeconds", precision.budget().toSeconds());
            }
        }
        Map<String, String> transports = new LinkedHashMap<>();
        for (Transport transport : Transports.all().values()) {
            String cause = transport.unavailabilityCause();
            transports.put(transport.id(), transport.description() + (cause == null ? "" : " (unavailable: " + cause + ")"));
        }
        env.put("transports", transports);
        env.put("daemonModels", daemonModels(daemons));
        env.put("daemonJvms", daemonJvms(daemons));
        env.put("daemonCpus", daemonCpus(daemons));
        List<TargetRecord> targets = TargetRecord.readAll(run.targets());
        if (!targets.isEmpty()) { // daemons nobody here wrote: which process, program, version each trial found
            env.put("targets", List.copyOf(new LinkedHashSet<>(targets)));
        }
        Files.writeString(run.envJson(), new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(env) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The distinct delays the daemons announced, {@code uds-jdk:500ns, tcp-nio:800ns}; empty when none did. */
    private static String injectedDelays(List<DaemonRecord> daemons) {
        return daemons.stream().filter(d -> d.injectedDelayNanos() != null)
                .map(d -> new InjectedDelay(d.transport(), d.injectedDelayNanos()).toString()).distinct()
                .collect(Collectors.joining(", "));
    }

    /** The distinct JVMs the forks ran in (executable, version, flags), from JMH's own record of each result. */
    static List<Map<String, Object>> benchmarkJvms(Path jmhJson) throws IOException {
        Set<Map<String, Object>> jvms = new LinkedHashSet<>();
        if (Files.exists(jmhJson)) {
            JsonElement results = JsonParser.parseString(Files.readString(jmhJson, StandardCharsets.UTF_8));
            for (JsonElement element : results.isJsonArray() ? results.getAsJsonArray() : new JsonArray()) {
                JsonObject result = element.getAsJsonObject();
                Map<String, Object> jvm = new LinkedHashMap<>();
                jvm.put("jvm", string(result, "jvm"));
                jvm.put("jdkVersion", string(result, "jdkVersion"));
                jvm.put("vmVersion", string(result, "vmVersion"));
                List<String> args = new ArrayList<>();
                if (result.has("jvmArgs")) {
                    result.getAsJsonArray("jvmArgs").forEach(arg -> args.add(arg.getAsString()));
                }
                jvm.put("jvmArgs", args);
                jvms.add(jvm);
            }
        }
        return List.copyOf(jvms);
    }

    /** One string, as before: the flags of each distinct JVM, " | " between them when they differ. */
    @SuppressWarnings("unchecked")
    private static String joinFlags(List<Map<String, Object>> jvms) {
        Set<String> flags = new LinkedHashSet<>();
        for (Map<String, Object> jvm : jvms) {
            flags.add(String.join(" ", (List<String>) jvm.get("jvmArgs")));
        }
        return String.join(" | ", flags);
    }

    /**
     * Transport (and protocol, when not raw, and daemon mode) to the server models its daemons
     * reported (several when the run varied {@code server}).
     */
    private static Map<String, String> daemonModels(List<DaemonRecord> daemons) {
        Map<String, String> models = new TreeMap<>();
        for (DaemonRecord daemon : daemons) {
            models.merge(daemon.transportAndProtocol() + " (" + daemon.mode() + ")", daemon.model(),
                    (seen, model) -> List.of(seen.split("; ")).contains(model) ? seen : seen + "; " + model);
        }
        return models;
    }

    /**
     * Transport to the CPUs its daemons could run on: the placement's, or a CPU of their own for a
     * spinning transport that the runner moved (several, " | " between, if they differed).
     */
    private static Map<String, String> daemonCpus(List<DaemonRecord> daemons) {
        Map<String, String> cpus = new TreeMap<>();
        for (DaemonRecord daemon : daemons) {
            if (daemon.cpus() != null) {
                cpus.merge(daemon.transport(), daemon.cpus(),
                        (seen, next) -> List.of(seen.split(" \\| ")).contains(next) ? seen : seen + " | " + next);
            }
        }
        return cpus;
    }

    /** The distinct daemon JVMs (executable, version, flags). */
    private static List<Map<String, Object>> daemonJvms(List<DaemonRecord> daemons) {
        Set<Map<String, Object>> jvms = new LinkedHashSet<>();
        for (DaemonRecord daemon : daemons) {
            Map<String, Object> jvm = new LinkedHashMap<>();
            jvm.put("java", daemon.java());
            jvm.put("version", daemon.javaVersion());
            jvm.put("jvmArgs", daemon.jvmArgs());
            jvms.add(jvm);
        }
        return List.copyOf(jvms);
    }

    private static String string(JsonObject object, String member) {
        return object.has(member) ? object.get(member).getAsString() : "unknown";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
