package ipcbench.bench.run;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.RunningJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark trial's daemon was, as the benchmark JVM that started it saw it: written as
 * one JSON line to the run's {@link RunDirectory#DAEMONS} file (named by the environment variable
 * {@link #FILE_ENV}, which reaches JMH's forks), read back into env.json.
 *
 * @param transport the transport id
 * @param mode      {@code process} or {@code in-process}
 * @param model     the server model the daemon announced (e.g. "thread per connection")
 * @param pid       the daemon's process id (this JVM's for in-process)
 * @param java      the daemon JVM's {@code java} executable
 * @param jvmArgs   the daemon JVM's flags
 * @param javaVersion the version the daemon JVM announced
 * @param cpus      the CPUs the daemon may run on (its affinity, e.g. {@code 1} for a spinning
 *                  transport's daemon given a CPU of its own)
 */
public record DaemonRecord(String transport, String mode, String model, long pid, String java, List<String> jvmArgs,
                           String javaVersion, String cpus) {
    /** The file the benchmark JVMs append their daemons to; unset: not recorded (a plain JMH run). */
    public static final String FILE_ENV = "IPCBENCH_DAEMON_RECORDS";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** What {@code daemon} is, as it runs now. */
    public static DaemonRecord of(Daemon daemon) {
        RunningJvm jvm = daemon.jvm();
        return new DaemonRecord(daemon.transport().id(), daemon.mode().label(), daemon.model(), jvm.pid(), jvm.java(),
                jvm.jvmArgs(), jvm.version(), Affinity.of(jvm.pid()));
    }

    /** Appends this record to the file {@link #FILE_ENV} names, if it names one. */
    public void appendToRun() throws IOException {
        String file = System.getenv(FILE_ENV);
        if (file != null && !file.isBlank()) {
            appendTo(Path.of(file));
        }
    }

    public void appendTo(Path file) throws IOException {
        // One write per line, in append mode: records of successive forks never interleave.
        Files.writeString(file, GSON.toJson(this) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every record in {@code file}, in the order written; none when there is no file. */
    public static List<DaemonRecord> readAll(Path file) throws IOException {
        List<DaemonRecord> records = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(GSON.fromJson(line, DaemonRecord.class));
                }
            }
        }
        return records;
    }
}
