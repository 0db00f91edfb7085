package ipcbench.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a process may run, for the run's records. */
public final class Affinity {
    private Affinity() {
    }

    /** The CPUs {@code pid} may run on, as /proc lists them ({@code 0-1}, {@code 1}), or {@code unknown}. */
    public static String of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // the process ended or /proc is not Linux's
        }
        return "unknown";
    }
}
