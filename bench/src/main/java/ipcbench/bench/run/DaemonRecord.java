package ipcbench.bench.run;

import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.RunningJvm;
import java.io.IOException;
import java.nio.file.Path;
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
 * @param protocol  what the daemon spoke over the transport ({@code raw}: our frame; null in records
 *                  written before protocols were an axis, which were all raw)
 * @param injectedDelayNanos test only: the busy-wait the daemon announced before each response
 *                  ({@link ipcbench.transport.daemon.InjectedDelay}); null (and not written) for a real daemon
 */
public record DaemonRecord(String transport, String mode, String model, long pid, String java, List<String> jvmArgs,
                           String javaVersion, String cpus, String protocol, Long injectedDelayNanos) {
    /** The file the benchmark JVMs append their daemons to; unset: not recorded (a plain JMH run). */
    public static final String FILE_ENV = "IPCBENCH_DAEMON_RECORDS";

    /** A daemon of our frame. */
    public DaemonRecord(String transport, String mode, String model, long pid, String java, List<String> jvmArgs,
                        String javaVersion, String cpus) {
        this(transport, mode, model, pid, java, jvmArgs, javaVersion, cpus, "raw", null);
    }

    /** What {@code daemon} is, as it runs now. */
    public static DaemonRecord of(Daemon daemon) {
        RunningJvm jvm = daemon.jvm();
        return new DaemonRecord(daemon.transport().id(), daemon.mode().label(), daemon.model(), jvm.pid(), jvm.java(),
                jvm.jvmArgs(), jvm.version(), Affinity.of(jvm.pid()), daemon.protocol().id(),
                daemon.injectedDelayNanos() > 0 ? daemon.injectedDelayNanos() : null);
    }

    /** The transport, and the protocol when it is not our frame: {@code uds-jdk http1}. */
    public String transportAndProtocol() {
        return protocol == null || protocol.equals("raw") ? transport : transport + " " + protocol;
    }

    /** Appends this record to the file {@link #FILE_ENV} names, if it names one. */
    public void appendToRun() throws IOException {
        JsonLines.appendToRun(FILE_ENV, this);
    }

    public void appendTo(Path file) throws IOException {
        JsonLines.append(file, this);
    }

    /** Every record in {@code file}, in the order written; none when there is no file. */
    public static List<DaemonRecord> readAll(Path file) throws IOException {
        return JsonLines.readAll(file, DaemonRecord.class);
    }
}
