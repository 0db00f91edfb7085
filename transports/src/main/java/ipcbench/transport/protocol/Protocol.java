package ipcbench.transport.protocol;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientModel;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;

/**
 * What a request is: one axis of the matrix (JMH parameter {@code protocol}), one class per
 * protocol, registered in {@link Protocols}. Each checks its own responses as thoroughly as the raw
 * frame's {@code ResponseCheck}: a wrong answer fails the run. A protocol has a client for daemons
 * nobody here wrote ({@link #open}, the {@code target} command) and, when ours speak it, a daemon
 * ({@link #bind}) and a client for it that checks sequence and content ({@link #connect}).
 */
public interface Protocol {

    /** The name users pass: {@code raw}, {@code resp}, {@code http1}. */
    String id();

    /** One line for people: the library and what one request is. */
    String description();

    /**
     * {@code asked} with this protocol's defaults filled in (the request, what to expect), so that
     * every result is labelled by what was really sent; throws {@link IllegalArgumentException}
     * naming what this protocol cannot send.
     */
    ProtocolRequest resolve(ProtocolRequest asked);

    /**
     * Connects to the daemon at {@code address}, makes one request of the kind asked for and checks
     * its answer (so a dead, refusing or wrong daemon fails here, naming the endpoint), and returns
     * the session the benchmark's clients connect through.
     */
    Session open(TargetAddress address, ProtocolRequest request, ClientConfig config) throws IOException;

    /** Whether {@link #open} speaks to daemons nobody here wrote (the {@code target} command); grpc and jsonrpc do not. */
    default boolean speaksToTargets() {
        return true;
    }

    /**
     * Why our daemon and client cannot speak this protocol over {@code transport}, or null when
     * they can. A protocol whose library brings its own I/O runs only over the transports whose
     * I/O that library really uses (Jetty's is JDK NIO, grpc-netty's Netty epoll); a protocol with
     * no daemon of ours (resp) over none.
     */
    default String whyNotOver(Transport transport) {
        return id() + " is spoken only to daemons nobody here wrote (target): no daemon of ours speaks it";
    }

    /** Throws {@link IllegalArgumentException} with {@link #whyNotOver}'s reason when it has one. */
    default void checkOver(Transport transport) {
        String why = whyNotOver(transport);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    /**
     * Why our daemon of this protocol cannot be built with {@code model}: a library's daemon
     * schedules as the library does, so only the default (the library's own model) applies.
     */
    default String whyNotServer(ServerModel model) {
        return model == ServerModel.DEFAULT ? null
                : id() + "'s daemon schedules as its library does (" + library() + "): no server model to choose";
    }

    /** Why our client of this protocol cannot work as {@code model}: its library's client waits as it does. */
    default String whyNotClient(ClientModel model) {
        return model == ClientModel.DEFAULT ? null
                : id() + "'s client waits as its library does (" + library() + "): no client model to choose";
    }

    /**
     * Whether the library's stack needs a longer JIT warm-up than the raw frame (Jetty's, gRPC's and
     * LSP4J's request paths are thousands of methods deep): the runner then measures it in the
     * long-warm-up pass, as it does Netty's transports.
     */
    default boolean needsLongWarmup() {
        return false;
    }

    /** The library each side runs, for people: {@code Jetty 12.1}. */
    default String library() {
        return description();
    }

    /**
     * Daemon side: a server of this protocol over {@code transport}, bound (its address known) and
     * ready to {@link Server#serve()}; throws {@link IllegalArgumentException} with
     * {@link #whyNotOver}'s reason when it cannot be.
     */
    default Server bind(Transport transport, ServerConfig config) throws IOException {
        throw new IllegalArgumentException(whyNotOver(transport));
    }

    /**
     * Client side for one of our daemons of this protocol at {@code endpoint}: a session whose
     * clients send {@code sizes.requestLength()} bytes and check the {@code sizes.responseLength()}
     * back, sequence number and content, as the raw frame's are checked.
     */
    default Session connect(Transport transport, Endpoint endpoint, Sizes sizes, ClientConfig config)
            throws IOException {
        throw new IllegalArgumentException(whyNotOver(transport));
    }
}
