package ipcbench.bench.profile;

import java.io.Closeable;
import java.io.IOException;

/**
 * The daemon process of the running trial, for {@link CpuProfiler}: JMH gives a profiler no access
 * to benchmark state, so {@code DaemonState} publishes the pid here (this JVM only).
 *
 * <p>JMH tears a trial down before the profilers end its last iteration. So that the profiler can
 * still read the daemon then, a trial stopped during an iteration the profiler watches hands the
 * stopping of its daemon over ({@link #stopAfterReading}); the profiler stops it once it has read
 * it, after {@code -prof gc} has ended the iteration, whose allocation count stays clean.
 */
public final class ProfiledDaemon {
    private static volatile long pid = -1;
    private static volatile boolean watched;
    private static volatile Closeable pendingStop;

    private ProfiledDaemon() {
    }

    /** A new trial's daemon; one still waiting to be stopped (its iteration failed) is stopped first. */
    public static void set(long daemonPid) throws IOException {
        stopPending();
        pid = daemonPid;
    }

    /**
     * Stops the daemon now, or, when {@link CpuProfiler} watches this iteration, right after it
     * has read the daemon's figures (it calls {@link #iterationEnded}).
     */
    public static void stopAfterReading(Closeable daemon) throws IOException {
        if (watched && pid >= 0) {
            pendingStop = daemon;
        } else {
            pid = -1;
            daemon.close();
        }
    }

    /** The daemon's pid, or -1 when none runs in its own process (not started yet, or in-process). */
    public static long pid() {
        return pid;
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
            pid = -1;
            stop.close();
        }
    }
}
