package ipcbench.bench.jmh;

/**
 * The benchmark JVMs' flags, one place for every {@code @Fork}: Serial GC and a fixed, pre-touched
 * heap, so no GC threads compete with client and daemon for the 2 cores. Given as {@code jvmArgs},
 * so {@code -jvmArgsAppend} on the JMH command line adds to them (and {@code -jvmArgs} replaces them).
 */
final class ForkFlags {
    static final String GC = "-XX:+UseSerialGC";
    static final String HEAP_MIN = "-Xms256m";
    static final String HEAP_MAX = "-Xmx256m";
    static final String PRETOUCH = "-XX:+AlwaysPreTouch";

    private ForkFlags() {
    }
}
