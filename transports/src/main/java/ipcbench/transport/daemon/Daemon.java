package ipcbench.transport.daemon;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Named;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.protocol.Sizes;
import java.io.Closeable;
import java.io.IOException;

/**
 * A running daemon, in its own process (the default, {@link DaemonProcess}) or in this JVM
 * (a comparison point, {@link InProcessDaemon}). Closing it stops it and removes its endpoint.
 */
public interface Daemon extends Closeable {

    Transport transport();

    Endpoint endpoint();

    /** The daemon's server model as it reported it, e.g. "thread per connection". */
    String model();

    /** The JVM the daemon runs in: its own, or this one for in-process. */
    RunningJvm jvm();

    /** What the daemon speaks over its transport ({@code raw}: our frame). */
    Protocol protocol();

    /**
     * A session of this daemon's protocol: its clients ({@link Session#connect()}) send
     * {@code sizes}' requests and check each answer's sequence and content.
     */
    default Session session(Sizes sizes, ClientConfig config) throws IOException {
        return protocol().connect(transport(), endpoint(), sizes, config);
    }

    /**
     * Why a daemon of {@code transport} speaking {@code protocol} cannot be built with
     * {@code model} in a JVM of feature release {@code javaFeature}, or null when it can.
     */
    static String whyNot(Transport transport, Protocol protocol, ServerModel model, int javaFeature) {
        String why = protocol.whyNotOver(transport);
        if (why == null) {
            why = protocol.whyNotServer(model);
        }
        return why != null ? why : model.whyNotFor(transport, javaFeature);
    }

    /** A new raw-frame client connection to this daemon (a daemon speaking our frame), checking the transport's client limit. */
    default ClientConnection connect(ClientConfig config) throws IOException {
        return transport().connect(endpoint(), config);
    }

    /** Test only: the busy-wait before each response ({@link InjectedDelay}), 0 for a daemon as it really is. */
    long injectedDelayNanos();

    /** Where the daemon runs, for the results: "process" or "in-process". */
    Mode mode();

    enum Mode {
        PROCESS("process"), IN_PROCESS("in-process");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Mode of(String label) {
            return Named.of(Mode.class, Mode::label, label, "daemon mode");
        }
    }

    /** Starts a daemon for {@code transport} in the given mode, ready when this returns. */
    static Daemon start(Transport transport, Mode mode, DaemonOptions options) throws IOException {
        String cause = transport.unavailabilityCause();
        if (cause != null) {
            throw new IOException(transport.id() + " is not available here: " + cause);
        }
        Protocols.get(options.protocol()); // an unknown name fails here, naming the known ones
        return mode == Mode.PROCESS ? DaemonProcess.start(transport, options) : InProcessDaemon.start(transport, options);
    }
}
