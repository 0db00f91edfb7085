package ipcbench.bench.jmh;

import ipcbench.transport.Transport;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Which transports a benchmark can measure. The others are reported as not applicable (by
 * {@code RunFamily}, which does not start them, and by {@link DaemonState}, which refuses them in
 * a plain JMH run): never skipped silently, never faked.
 */
public final class Applicability {
    public static final String NOT_APPLICABLE = "not applicable: ";

    private Applicability() {
    }

    /**
     * Why {@code transport} cannot run {@code benchmark} (a class name such as {@code Connect})
     * with {@code clients} connections at once; null when it can.
     */
    public static String whyNot(String benchmark, Transport transport, int clients) {
        if (transport.maxClients() < clients) {
            return transport.id() + " serves " + transport.maxClients() + " client(s) at a time; this benchmark asked for "
                    + clients;
        }
        if (Connect.class.getSimpleName().equals(benchmark)) {
            if (!transport.reconnectable()) {
                return transport.id() + " cannot connect again: one stream for the daemon's lifetime";
            }
            if (transport.maxClients() == 1) {
                // A FIFO pair is reopened, not connected to: not the command-line client's socket pattern.
                return transport.id() + " has no listening socket to connect to (one client at a time)";
            }
        }
        return null;
    }

    /** Throws naming the reason when this JMH run's benchmark and thread count do not apply to {@code transport}. */
    static void check(BenchmarkParams params, Transport transport) {
        String method = params.getBenchmark();
        String className = method.substring(0, method.lastIndexOf('.'));
        String why = whyNot(className.substring(className.lastIndexOf('.') + 1), transport, params.getThreads());
        if (why != null) {
            throw new IllegalArgumentException(NOT_APPLICABLE + why);
        }
    }
}
