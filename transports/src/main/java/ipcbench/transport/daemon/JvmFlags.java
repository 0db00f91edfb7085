package ipcbench.transport.daemon;

import java.util.List;

/**
 * The JVM flags of the benchmark JVMs (JMH's forks, the load generator) and of the daemon JVMs, in
 * one place. The single flags are compile-time constants, so that {@code @Fork(jvmArgs = ...)} can
 * name them; the lists are what each side gets, in this order.
 */
public final class JvmFlags {
    /** No GC threads competing with client and daemon for the 2 cores. */
    public static final String SERIAL_GC = "-XX:+UseSerialGC";
    /**
     * Netty's leak detector off: by default it tracks one buffer in 128 with a stack trace, a
     * debugging aid that is not part of the mechanism measured.
     */
    public static final String NO_LEAK_DETECTION = "-Dio.netty.leakDetection.level=disabled";

    /**
     * Agrona 2 (the shared-memory rings) reads and writes memory through the JDK's internal Unsafe,
     * which the JDK exports only when asked.
     */
    public static final String AGRONA_UNSAFE = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";

    /**
     * Each side's heap is fixed (minimum = maximum), so it is never resized during a run. Not
     * pre-touched ({@code -XX:+AlwaysPreTouch}): faulting in 256 + 128 MB took 0.4-0.8 s of every
     * fork's start here, a quarter of what a quick fork costs beyond its iterations, while the
     * warm-up touches the pages a measurement uses (the hot paths allocate nothing).
     */
    public static final String BENCHMARK_HEAP_MIN = "-Xms256m";
    public static final String BENCHMARK_HEAP_MAX = "-Xmx256m";
    public static final String DAEMON_HEAP_MIN = "-Xms128m";
    public static final String DAEMON_HEAP_MAX = "-Xmx128m";

    /**
     * The benchmark JVMs' flags: every {@code @Fork} gives exactly these, as {@code jvmArgs}, so
     * {@code -jvmArgsAppend} on the JMH command line adds to them (and {@code -jvmArgs} replaces them).
     */
    public static final List<String> BENCHMARK = List.of(SERIAL_GC, BENCHMARK_HEAP_MIN, BENCHMARK_HEAP_MAX,
            NO_LEAK_DETECTION, AGRONA_UNSAFE);

    /** The daemon JVMs' flags unless {@code -Dipcbench.daemon.jvmArgs} replaces them (see {@link DaemonOptions}). */
    public static final List<String> DAEMON = List.of(SERIAL_GC, DAEMON_HEAP_MIN, DAEMON_HEAP_MAX,
            NO_LEAK_DETECTION, AGRONA_UNSAFE);

    private JvmFlags() {
    }
}
