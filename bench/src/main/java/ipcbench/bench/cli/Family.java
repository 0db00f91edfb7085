package ipcbench.bench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A benchmark family: one JMH class, run by {@link RunFamily}, named on the command line by {@code --only}. */
public enum Family {
    ROUNDTRIP("RoundTrip", "one client, payload sizes, us per round trip"),
    CONCURRENCY("Concurrency", "N clients each with a connection, requests/s (one JMH pass per N)"),
    CONNECT("Connect", "connect + one 64 B request + close, connections/s"),
    STREAM("Stream", "one-way 64 KiB / 1 MiB chunks, acked per 4 MiB, MB/s");

    private final String benchmark;
    private final String summary;

    Family(String benchmark, String summary) {
        this.benchmark = benchmark;
        this.summary = summary;
    }

    /** The JMH benchmark class's simple name. */
    public String benchmark() {
        return benchmark;
    }

    public String summary() {
        return summary;
    }

    /** The name users type: {@code roundtrip}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Where this family runs when {@code asked} was asked for. N clients pinned with the daemon to
     * one CPU cannot scale, so Concurrency runs {@code split} under {@code same}; not {@code os}:
     * there one client's figure flips between the same-CPU and the cross-CPU mode from fork to fork
     * (19k and 154k requests/s measured here).
     */
    public Placement placement(Placement asked) {
        return this == CONCURRENCY && asked == Placement.SAME ? Placement.SPLIT : asked;
    }

    /** A comma list such as {@code roundtrip,connect}, in the order given; a bad name is a {@link UsageException}. */
    public static List<Family> parseList(String list) {
        List<Family> families = new ArrayList<>();
        for (String name : list.split(",")) {
            Family family = Arrays.stream(values()).filter(f -> f.label().equals(name.trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new UsageException("unknown family '" + name.trim() + "' (valid: "
                            + allLabels() + ")"));
            if (!families.contains(family)) {
                families.add(family);
            }
        }
        return families;
    }

    public static String allLabels() {
        return Arrays.stream(values()).map(Family::label).collect(Collectors.joining(", "));
    }

    /** The family whose benchmark class is {@code simpleName}, or null. */
    public static Family ofBenchmark(String simpleName) {
        return Arrays.stream(values()).filter(f -> f.benchmark.equals(simpleName)).findFirst().orElse(null);
    }
}
