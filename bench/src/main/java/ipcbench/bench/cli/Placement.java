package ipcbench.bench.cli;

import java.util.Locale;

/**
 * Where client and daemon run. On a small VM this dominates the figure (a cross-CPU wake-up
 * costs tens of µs), so it is part of every result: recorded in env.json and the table header.
 */
public enum Placement {
    /** Both on CPU 0: no cross-CPU wake-up, the most repeatable figures on a small VM. */
    SAME("0", "0"),
    /** Client on CPU 0, daemon on CPU 1: includes waking another CPU, large and noisy on a VM. */
    SPLIT("0", "1"),
    /** No pinning: the scheduler decides (results can be bimodal). */
    OS(null, null);

    private final String clientCpus;
    private final String daemonCpus;

    Placement(String clientCpus, String daemonCpus) {
        this.clientCpus = clientCpus;
        this.daemonCpus = daemonCpus;
    }

    /** A taskset CPU list for the client (benchmark) JVMs, or null: not pinned. */
    public String clientCpus() {
        return clientCpus;
    }

    /** A taskset CPU list for the daemons, or null: not pinned. */
    public String daemonCpus() {
        return daemonCpus;
    }

    /**
     * Where the harness's JMH runner runs: the CPUs of {@code cpus} that neither client nor daemon
     * was given, or null when there are none (then it runs with the client, its forks' parent).
     */
    public String harnessCpus(int cpus) {
        int firstFree = switch (this) {
            case SAME -> 1;
            case SPLIT -> 2;
            case OS -> cpus; // nothing pinned: nothing to keep off
        };
        if (firstFree >= cpus) {
            return null;
        }
        return firstFree == cpus - 1 ? Integer.toString(firstFree) : firstFree + "-" + (cpus - 1);
    }

    /** How many CPUs this placement needs. */
    public int cpusNeeded() {
        return this == SPLIT ? 2 : 1;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
