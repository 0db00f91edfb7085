package ipcbench.bench.profile;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The daemon processes of the running trial, for {@link CpuProfiler}: JMH gives a profiler no access
 * to benchmark state, so {@code DaemonState} publishes the pid here (this JVM only). A daemon that is
 * not ours may be several processes (nginx's master and workers): their CPU is summed.
 *
 * <p>JMH tears a trial down before the profilers end its last iteration. So that the profiler can
 * still read the daemon then, a trial stopped during an iteration the profiler watches hands the
 * stopping of its daemon over ({@link #stopAfterReading}); the profiler stops it once it has read
 * it, after {@code -prof gc} has ended the iteration, whose allocation count stays clean.
 */
public final class ProfiledDaemon {
    private static volatile List<Long> pids = List.of();
    private static volatile boolean watched;
    private static volatile Closeable pendingStop;

    private ProfiledDaemon() {
    }

    /** A new trial's daemon; one still waiting to be stopped (its iteration failed) is stopped first. */
    public static void set(long daemonPid) throws IOException {
        set(List.of(daemonPid));
    }

    /** A new trial's daemon of several processes (none: not measured). */
    public static void set(List<Long> daemonPids) throws IOException {
        stopPending();
        pids = List.copyOf(daemonPids);
    }

    /**
     * Stops the daemon now, or, when {@link CpuProfiler} watches this iteration, right after it
     * has read the daemon's figures (it calls {@link #iterationEnded}).
     */
    public static void stopAfterReading(Closeable daemon) throws IOException {
        if (watched && !pids.isEmpty()) {
            pendingStop = daemon;
        } else {
            pids = List.of();
            daemon.close();
        }
    }

    /** The daemon's processes; none when it runs in none of its own (not started yet, in-process, not found). */
    public static List<Long> pids() {
        return pids;
    }

    /** {@link CpuProfiler} watches from here until {@link #iterationEnded}. */
    static void watch() {
        watched = true;
    }

    /** The profiler has read the daemon: stops a daemon whose trial is over. */
    static void iterationEnded() throws IOException {
        watched = false;
        stopPending();
    }

    private static void stopPending() throws IOException {
        Closeable stop = pendingStop;
        pendingStop = null;
        if (stop != null) {
            pids = List.of();
            stop.close();
        }
    }
}
