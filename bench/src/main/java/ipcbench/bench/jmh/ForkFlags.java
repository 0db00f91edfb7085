package ipcbench.bench.jmh;

/**
 * The benchmark JVMs' flags, one place for every {@code @Fork}: Serial GC and a fixed, pre-touched
 * heap, so no GC threads compete with client and daemon for the 2 cores; Netty's leak detector off
 * (by default it tracks one buffer in 128 with a stack trace: a debugging aid, not part of the
 * mechanism measured; the daemon JVMs have it off too, see DaemonOptions). Given as {@code jvmArgs},
 * so {@code -jvmArgsAppend} on the JMH command line adds to them (and {@code -jvmArgs} replaces them).
 */
final class ForkFlags {
    static final String GC = "-XX:+UseSerialGC";
    static final String HEAP_MIN = "-Xms256m";
    static final String HEAP_MAX = "-Xmx256m";
    static final String PRETOUCH = "-XX:+AlwaysPreTouch";
    static final String NO_LEAK_DETECTION = "-Dio.netty.leakDetection.level=disabled";

    private ForkFlags() {
    }
}
