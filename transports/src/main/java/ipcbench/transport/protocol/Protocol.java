package ipcbench.transport.protocol;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;

/**
 * What a request is, on the client's side: one axis of the matrix (JMH parameter {@code protocol}),
 * one class per protocol, registered in {@link Protocols}. Each checks its own responses as
 * thoroughly as the raw frame's {@code ResponseCheck}: a wrong answer fails the run.
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
}
