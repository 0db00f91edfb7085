package ipcbench.transport;

import java.io.IOException;

/**
 * One way for a client process to talk to a daemon process. An implementation says only how
 * bytes move; framing, verification, the daemon's request loop and its process lifecycle are
 * shared. Register a new one in {@link Transports}.
 */
public interface Transport {

    /** The name users pass, e.g. {@code uds-jdk}. */
    String id();

    /** One line for people: the API on each side. */
    String description();

    /** How many clients may be connected at once ({@code 1} for a pipe pair). */
    default int maxClients() {
        return Integer.MAX_VALUE;
    }

    /** Whether a client can connect, close and connect again, as a command-line client does. */
    default boolean reconnectable() {
        return true;
    }

    /**
     * Whether the daemon serves over its own stdin and stdout: it then needs a process of its
     * own (no in-process mode), and one client.
     */
    default boolean servesOverStdio() {
        return false;
    }

    /** Whether the daemon can check who connects ({@link AllowedUids}): Unix domain sockets can. */
    default boolean checksPeerCredentials() {
        return false;
    }

    /**
     * Whether its JIT warm-up is longer than the benchmark profiles give the others (Netty's
     * pipeline: about 4 s on a CPU shared with both JVMs' compilers, where the JDK transports
     * settle in half a second). The runner measures such transports in a pass of their own with
     * more warm-up iterations.
     */
    default boolean needsLongWarmup() {
        return false;
    }

    /**
     * Whether client and daemon each need a CPU of their own (both sides busy-spin: on one CPU
     * they would only take turns). The runner then places the daemon on a second CPU whatever
     * placement was asked for, and says so.
     */
    default boolean needsOwnCpus() {
        return false;
    }

    /**
     * Why this transport's daemon cannot be built with {@code model}, or null when it can. Only the
     * transport's own model by default: a single stream has no connections to schedule, and a
     * library that brings its event loop brings its model.
     */
    default String whyNotServer(ServerModel model) {
        if (model == ServerModel.DEFAULT) {
            return null;
        }
        return maxClients() == 1 ? id() + " serves one client over one stream: no connections to schedule"
                : id() + " has one server model, its own";
    }

    /**
     * Why this transport's client cannot work as {@code model}, or null when it can. A blocking
     * client is driven by its caller already, so only the default applies to it.
     */
    default String whyNotClient(ClientModel model) {
        return model == ClientModel.DEFAULT ? null
                : id() + "'s client does its I/O on the caller's thread already (no event loop to hand off from)";
    }

    /** Why this transport cannot run here, or null when it can. */
    default String unavailabilityCause() {
        return null;
    }

    /** Daemon side: binds and returns a server ready to {@link Server#serve()}. */
    Server bind(ServerConfig config) throws IOException;

    /** Client side: connects to a daemon that announced {@code endpoint}. */
    ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException;
}
