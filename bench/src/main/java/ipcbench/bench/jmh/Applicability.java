package ipcbench.bench.jmh;

import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import ipcbench.transport.daemon.JavaRelease;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Which transports, with which protocols and server and client models, a benchmark can measure. The others are reported as not applicable (by
 * {@code RunFamily}, which does not start them, and by {@link DaemonState}, which refuses them in
 * a plain JMH run): never skipped silently, never faked.
 */
public final class Applicability {
    public static final String NOT_APPLICABLE = "not applicable: ";

    private Applicability() {
    }

    /** As {@link #whyNot(String, Transport, int, ServerModel, ClientModel, int)} with the transport's own models. */
    public static String whyNot(String benchmark, Transport transport, int clients) {
        return whyNot(benchmark, transport, clients, ServerModel.DEFAULT, ClientModel.DEFAULT, Runtime.version().feature());
    }

    /**
     * Why {@code transport} cannot run {@code benchmark} (a class name such as {@code Connect})
     * with {@code clients} connections at once, its daemon built with {@code server} in a JVM of
     * feature release {@code daemonJava}, its clients with {@code client}; null when it can.
     */
    public static String whyNot(String benchmark, Transport transport, int clients, ServerModel server,
                                ClientModel client, int daemonJava) {
        return whyNot(benchmark, transport, clients, Protocols.get("raw"), server, client, daemonJava);
    }

    /**
     * As {@link #whyNot(String, Transport, int, ServerModel, ClientModel, int)} with the daemon and
     * its clients speaking {@code protocol} over {@code transport}.
     */
    public static String whyNot(String benchmark, Transport transport, int clients, Protocol protocol,
                                ServerModel server, ClientModel client, int daemonJava) {
        String why = protocol.whyNotOver(transport);
        if (why != null) {
            return why;
        }
        if (Stream.class.getSimpleName().equals(benchmark) && !protocol.id().equals("raw")) {
            return "Stream sends one-way frames, which only the raw protocol has (" + protocol.id()
                    + " answers every request)";
        }
        why = protocol.whyNotServer(server);
        if (why == null) {
            why = protocol.whyNotClient(client);
        }
        if (why != null) {
            return why;
        }
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
        why = server.whyNotFor(transport, daemonJava);
        return why != null ? why : transport.whyNotClient(client);
    }

    /**
     * As {@link #whyNot(String, Transport, int, Protocol, ServerModel, ClientModel, int)}, and first why
     * {@code transport} cannot run on this machine at all ({@link Transport#unavailabilityCause()}:
     * io_uring where a seccomp profile blocks it), so that a run of every transport records it
     * with the cause instead of failing at its first trial.
     */
    public static String whyNotHere(String benchmark, Transport transport, int clients, Protocol protocol,
                                    ServerModel server, ClientModel client, int daemonJava) {
        String cause = transport.unavailabilityCause();
        return cause != null ? transport.id() + " is not available here: " + cause
                : whyNot(benchmark, transport, clients, protocol, server, client, daemonJava);
    }

    /**
     * Throws naming the reason when this JMH run's benchmark, thread count, protocol and models do not apply
     * to {@code transport} with a daemon on {@code daemonJava}.
     */
    static void check(BenchmarkParams params, Transport transport, Protocol protocol, ServerModel server,
                      ClientModel client, String daemonJava) {
        String method = params.getBenchmark();
        String className = method.substring(0, method.lastIndexOf('.'));
        String why = whyNot(className.substring(className.lastIndexOf('.') + 1), transport, params.getThreads(),
                protocol, server, client, JavaRelease.feature(daemonJava));
        if (why != null) {
            throw new IllegalArgumentException(NOT_APPLICABLE + why);
        }
    }
}
