package ipcbench.bench.profile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One reading of a process's CPU time and context switches from {@code /proc}.
 *
 * <p>User and system time come from {@code /proc/<pid>/stat} (fields 14 and 15, in clock ticks),
 * which includes threads that have already exited. Context switches are only kept per thread
 * ({@code /proc/<pid>/task/<tid>/status}), so they are read for every live thread.
 *
 * @param userTicks user-mode CPU time of all threads, in clock ticks
 * @param sysTicks  kernel-mode CPU time of all threads, in clock ticks
 * @param switches  per live thread id: {voluntary, involuntary} context switches so far
 */
record ProcSample(long userTicks, long sysTicks, Map<String, long[]> switches) {

    /** Reads process {@code pid} ("self" for this JVM); without context switches unless asked. */
    static ProcSample read(String pid, boolean withSwitches) throws IOException {
        Path proc = Path.of("/proc", pid);
        String stat = Files.readString(proc.resolve("stat"));
        // The command name (field 2) may hold spaces: count fields from the ')' that closes it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        Map<String, long[]> switches = new HashMap<>();
        if (withSwitches) {
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve("task"))) {
                for (Path task : tasks) {
                    long[] counts = switchesOf(task);
                    if (counts != null) {
                        switches.put(task.getFileName().toString(), counts);
                    }
                }
            }
        }
        return new ProcSample(Long.parseLong(fields[11]), Long.parseLong(fields[12]), switches);
    }

    /** {voluntary, involuntary} of one thread, or null if it exited meanwhile. */
    private static long[] switchesOf(Path task) throws IOException {
        long[] counts = new long[2];
        try {
            for (String line : Files.readAllLines(task.resolve("status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    counts[0] = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    counts[1] = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (NoSuchFileException e) {
            return null;
        }
        return counts;
    }

    /** This reading and another process's together (thread ids are unique across processes). */
    ProcSample plus(ProcSample other) {
        Map<String, long[]> all = new HashMap<>(switches);
        all.putAll(other.switches);
        return new ProcSample(userTicks + other.userTicks, sysTicks + other.sysTicks, all);
    }

    /**
     * Context switches ({voluntary, involuntary}) since {@code before}: a thread's growth, or all of
     * its count if it started since. A thread that started and ended in between is not counted.
     */
    long[] switchesSince(ProcSample before) {
        long[] total = new long[2];
        switches.forEach((tid, now) -> {
            long[] then = before.switches.getOrDefault(tid, new long[2]);
            total[0] += now[0] - then[0];
            total[1] += now[1] - then[1];
        });
        return total;
    }
}
