package ipcbench.bench.cli;

import com.google.gson.GsonBuilder;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a run's {@code env.json}: what a reader needs to trust or compare the numbers (machine,
 * kernel, JDK, JVM flags, commit, profile, CPU placement, the transports and their APIs).
 */
@Command(name = "env-info", mixinStandardHelpOptions = true, description = "Write env.json for a run directory.")
public final class EnvInfo implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "File to write.")
    Path out;

    @Option(names = "--profile", defaultValue = "custom")
    String profile;

    @Option(names = "--placement", defaultValue = "os", description = "CPU placement of client and daemon.")
    String placement;

    @Option(names = "--git-commit", defaultValue = "unknown")
    String gitCommit;

    @Option(names = "--jvm-flags", defaultValue = "", description = "Flags the benchmark JVMs ran with.")
    String jvmFlags;

    @Option(names = "--jmh-args", defaultValue = "", description = "The JMH command line.")
    String jmhArgs;

    @Option(names = "--jmh-log", description = "JMH's log: the daemons' server models are read from it.")
    Path jmhLog;

    /** DaemonState's line: transport, mode, the model the daemon reported, endpoint. */
    private static final Pattern DAEMON_LINE = Pattern.compile("# ipcbench daemon: (\\S+) \\(([^)]*)\\), (.*), endpoint ");

    public static void main(String[] args) {
        System.exit(new CommandLine(new EnvInfo()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("utcTimestamp", Instant.now().toString());
        env.put("profile", profile);
        env.put("cpuPlacement", placement);
        env.put("cpuModel", cpuModel());
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        env.put("arch", System.getProperty("os.arch"));
        env.put("jdkVendor", System.getProperty("java.vendor"));
        env.put("jdkVersion", System.getProperty("java.runtime.version"));
        env.put("vmName", System.getProperty("java.vm.name"));
        env.put("jvmFlags", jvmFlags);
        env.put("jmhArgs", jmhArgs);
        env.put("gitCommit", gitCommit);
        Map<String, String> transports = new LinkedHashMap<>();
        for (Transport transport : Transports.all().values()) {
            String cause = transport.unavailabilityCause();
            transports.put(transport.id(), transport.description() + (cause == null ? "" : " (unavailable: " + cause + ")"));
        }
        env.put("transports", transports);
        env.put("daemonModels", daemonModels());
        Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(env) + "\n",
                StandardCharsets.UTF_8);
        return 0;
    }

    /** Transport (and daemon mode) to the server model its daemons reported in this run. */
    private Map<String, String> daemonModels() throws IOException {
        Map<String, String> models = new TreeMap<>();
        if (jmhLog != null && Files.exists(jmhLog)) {
            for (String line : Files.readAllLines(jmhLog, StandardCharsets.UTF_8)) {
                Matcher m = DAEMON_LINE.matcher(line);
                if (m.find()) {
                    models.put(m.group(1) + " (" + m.group(2) + ")", m.group(3));
                }
            }
        }
        return models;
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
