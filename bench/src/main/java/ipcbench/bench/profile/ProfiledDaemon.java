package ipcbench.bench.profile;

/**
 * The daemon process of the running trial, for {@link CpuProfiler}: JMH gives a profiler no access
 * to benchmark state, so {@code DaemonState} publishes the pid here (this JVM only).
 *
 * <p>JMH tears a trial down before the profilers end its last iteration, so the daemon is gone by
 * then; {@link #clear()} takes a last reading of it first, which that iteration's figures use.
 */
public final class ProfiledDaemon {
    private static volatile long pid = -1;
    private static volatile LastReading last;

    private ProfiledDaemon() {
    }

    public static void set(long daemonPid) {
        last = null;
        pid = daemonPid;
    }

    /** Called before the daemon stops: keeps its final reading, then forgets the pid. */
    public static void clear() {
        long stopping = pid;
        pid = -1;
        if (stopping >= 0) {
            ProcSample reading = CpuProfiler.readOrNull(Long.toString(stopping), true);
            last = reading == null ? null : new LastReading(stopping, reading);
        }
    }

    /** The daemon's pid, or -1 when none runs in its own process (not started yet, or in-process). */
    public static long pid() {
        return pid;
    }

    /** The reading {@link #clear()} took of daemon {@code daemonPid}, or null. */
    static ProcSample lastReadingOf(long daemonPid) {
        LastReading l = last;
        return l != null && l.pid == daemonPid ? l.reading : null;
    }

    private record LastReading(long pid, ProcSample reading) {
    }
}
