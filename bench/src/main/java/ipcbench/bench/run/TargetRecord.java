package ipcbench.bench.run;

import ipcbench.transport.daemon.ProcInfo;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.target.SocketOwners;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What one trial's external daemon was, as the benchmark JVM found it: written as one JSON line
 * to the run's {@link RunDirectory#TARGETS} file (named by {@link #FILE_ENV}), read into env.json.
 *
 * @param target      the endpoint, as JMH parameter {@code target} has it
 * @param protocol    the protocol spoken
 * @param pids        the processes holding its socket; empty when none was found (CPU not measured)
 * @param executable  the first one's executable, or {@code unknown}
 * @param commandLine the first one's command line, empty when unreadable
 * @param version     what the daemon says it is, or {@code unknown}
 * @param owner       how the processes were found, or why none was
 */
public record TargetRecord(String target, String protocol, List<Long> pids, String executable,
                           List<String> commandLine, String version, String owner) {
    /** The file the benchmark JVMs append their targets to; unset: not recorded (a plain JMH run). */
    public static final String FILE_ENV = "IPCBENCH_TARGET_RECORDS";
    /** A process's title is cut here in the one-line description (env.json keeps the whole command line). */
    private static final int TITLE_CHARS = 60;

    public TargetRecord {
        pids = List.copyOf(pids);
        commandLine = List.copyOf(commandLine);
    }

    /** The daemon at {@code address} as it is now: who holds its socket, and what {@code session} heard it say. */
    public static TargetRecord of(String protocol, TargetAddress address, Session session) {
        SocketOwners.Owners owners = SocketOwners.find(address);
        long first = owners.found() ? owners.pids().get(0) : -1;
        String version = session.daemonVersion();
        return new TargetRecord(address.label(), protocol, owners.pids(),
                first < 0 ? "unknown" : ProcInfo.executable(first),
                first < 0 ? List.of() : ProcInfo.commandLine(first), version == null ? "unknown" : version,
                owners.how());
    }

    /** One line for people: which process, which program and version, or why its CPU is not measured. */
    public String describe() {
        String says = version.equals("unknown") ? "" : ", says " + version;
        return pids.isEmpty() ? "daemon not identified, its CPU not measured (" + owner + ")" + says
                : "daemon pid " + pids + " " + program() + says;
    }

    /**
     * The executable, after the name the process gives itself when that says something else: Debian's
     * redis-server is a link to {@code redis-check-rdb} and retitles itself {@code redis-server 127.0.0.1:6379};
     * nginx calls itself {@code nginx: master process ...}.
     */
    private String program() {
        String title = String.join(" ", commandLine);
        if (title.isBlank() || title.startsWith(executable)) {
            return executable;
        }
        String shortTitle = title.length() > TITLE_CHARS ? title.substring(0, TITLE_CHARS) + "..." : title;
        return "\"" + shortTitle + "\" (" + executable + ")";
    }

    /** Appends this record to the file {@link #FILE_ENV} names, if it names one. */
    public void appendToRun() throws IOException {
        JsonLines.appendToRun(FILE_ENV, this);
    }

    /** Every record in {@code file}, in the order written; none when there is no file. */
    public static List<TargetRecord> readAll(Path file) throws IOException {
        return JsonLines.readAll(file, TargetRecord.class);
    }
}
