package ipcbench.bench.load;

import ipcbench.bench.run.Affinity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the machine was doing around a run: where generator and daemon could run, and the load
 * average before and after (other users of a shared 2-core box show up there).
 */
record Conditions(String placement, String generatorCpus, String daemonCpus, String loadBefore, String loadAfter) {

    static Conditions around(String placement, long daemonPid, String loadBefore) {
        return around(placement, daemonPid < 0 ? "in-process" : Affinity.of(daemonPid), loadBefore);
    }

    /** With the daemon's CPUs as found (a daemon nobody here wrote may not be found: then say so). */
    static Conditions around(String placement, String daemonCpus, String loadBefore) {
        return new Conditions(placement, Affinity.of(ProcessHandle.current().pid()), daemonCpus, loadBefore,
                loadAverage());
    }

    /** The 1-, 5- and 15-minute load averages. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The machine's CPUs; the JVM's own count is only those its affinity allows. */
    static long machineCpus() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    String describe(Map<String, Double> cores) {
        return String.format(Locale.ROOT, "cores used: generator %.2f (cpus %s), daemon %.2f (cpus %s) of %d; "
                        + "placement %s; load avg %s -> %s", cores.getOrDefault("generator", -1.0), generatorCpus,
                cores.getOrDefault("daemon", -1.0), daemonCpus, machineCpus(), placement,
                loadBefore, loadAfter);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("placement", placement);
        json.put("cpus", machineCpus());
        json.put("generatorAffinity", generatorCpus);
        json.put("daemonAffinity", daemonCpus);
        json.put("loadAverageBefore", loadBefore);
        json.put("loadAverageAfter", loadAfter);
        return json;
    }
}
