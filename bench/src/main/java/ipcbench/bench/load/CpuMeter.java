package ipcbench.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many cores each process used over the measured window: user plus system time from
 * {@code /proc/<pid>/stat} divided by wall time. On a 2-core machine this says whether the
 * generator took the CPU the daemon needed.
 */
final class CpuMeter {
    /** USER_HZ, which is 100 on every Linux ABI Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, List<Long>> pids;
    private final Map<String, Long> startTicks = new LinkedHashMap<>();
    private long startNanos;

    private CpuMeter(Map<String, List<Long>> pids) {
        this.pids = pids;
    }

    /** This process as the generator, and the daemon's process unless it is in this one ({@code daemonPid < 0}). */
    static CpuMeter generatorAnd(long daemonPid) {
        return generatorAnd(daemonPid < 0 ? List.of() : List.of(daemonPid));
    }

    /** The same for a daemon of several processes (nginx's master and workers), summed; none: not measured. */
    static CpuMeter generatorAnd(List<Long> daemonPids) {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        pids.put("generator", List.of(ProcessHandle.current().pid()));
        if (!daemonPids.isEmpty()) {
            pids.put("daemon", List.copyOf(daemonPids));
        }
        return new CpuMeter(pids);
    }

    void start() {
        startNanos = System.nanoTime();
        pids.forEach((name, pid) -> startTicks.put(name, ticks(pid)));
    }

    /** Cores used per process since {@link #start()}; negative when its /proc entry was unreadable. */
    Map<String, Double> coresUsed() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long before = startTicks.get(name);
            long after = ticks(pid);
            cores.put(name, before < 0 || after < 0 ? -1 : (after - before) / TICKS_PER_SECOND / seconds);
        });
        return cores;
    }

    /** The processes' ticks together; -1 when one is unreadable. */
    private static long ticks(List<Long> processes) {
        long sum = 0;
        for (long pid : processes) {
            long one = ticks(pid);
            if (one < 0) {
                return -1;
            }
            sum += one;
        }
        return sum;
    }

    /** utime + stime: fields 14 and 15, counted after the parenthesised command name. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
