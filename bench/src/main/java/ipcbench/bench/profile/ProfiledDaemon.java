package ipcbench.bench.profile;

/**
 * The daemon process of the running trial, for {@link CpuProfiler}: JMH gives a profiler no access
 * to benchmark state, so {@code DaemonState} publishes the pid here (this JVM only).
 */
public final class ProfiledDaemon {
    private static volatile long pid = -1;

    private ProfiledDaemon() {
    }

    public static void set(long daemonPid) {
        pid = daemonPid;
    }

    public static void clear() {
        pid = -1;
    }

    /** The daemon's pid, or -1 when none runs in its own process (not started yet, or in-process). */
    public static long pid() {
        return pid;
    }
}
