package ipcbench.transport.protocol;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.target.TargetAddress;
import ipcbench.transport.stream.Failures;
import ipcbench.transport.target.TargetPeer;
import java.io.IOException;

/**
 * Our own frame ({@code ipcbench.transport.wire.Frame}): over every transport, which frames,
 * serves and verifies it itself (its {@code bind} and {@code connect}); to a daemon nobody here
 * wrote that speaks it, the client of uds-jdk for a socket file, of tcp-nio for a port.
 */
final class RawProtocol implements Protocol {
    static final String ECHO = "echo";

    @Override
    public String id() {
        return "raw";
    }

    @Override
    public String description() {
        return "ipcbench's own frame, the transport's client and daemon (to a target: uds-jdk's or tcp-nio's client):"
                + " payload bytes out, the same back, verified";
    }

    @Override
    public ProtocolRequest resolve(ProtocolRequest asked) {
        if (!asked.request().equals(ProtocolRequest.DEFAULT) && !asked.request().equals(ECHO)) {
            throw new IllegalArgumentException("raw sends one request, echo; got '" + asked.request() + "'");
        }
        if (!asked.expect().equals(ProtocolRequest.DEFAULT)) {
            throw new IllegalArgumentException("raw checks every response itself; nothing to expect ('"
                    + asked.expect() + "')");
        }
        return asked.with(ECHO, ProtocolRequest.DEFAULT);
    }

    @Override
    public String library() {
        return "the transport's own";
    }

    @Override
    public String whyNotOver(Transport transport) {
        return null; // every transport carries the frame
    }

    @Override
    public String whyNotServer(ServerModel model) {
        return null; // the transport says which it offers
    }

    @Override
    public String whyNotClient(ClientModel model) {
        return null; // likewise
    }

    @Override
    public Server bind(Transport transport, ServerConfig config) throws IOException {
        return transport.bind(config);
    }

    @Override
    public Session connect(Transport transport, Endpoint endpoint, Sizes sizes, ClientConfig config) {
        return new Session() {
            @Override
            public Exchange connect() throws IOException {
                return new FrameExchange(transport.connect(endpoint, config), sizes.requestLength(),
                        sizes.responseLength());
            }

            @Override
            public String daemonVersion() {
                return null;
            }

            @Override
            public void close() {
                // each client's connection is its own
            }
        };
    }

    @Override
    public Session open(TargetAddress address, ProtocolRequest request, ClientConfig config) throws IOException {
        Transport transport = Transports.get(address.isSocketFile() ? "uds-jdk" : "tcp-nio");
        Endpoint endpoint = TargetPeer.endpoint(id(), address);
        int payload = resolve(request).payload();
        Session session = new Session() {
            @Override
            public Exchange connect() throws IOException {
                return new FrameExchange(connectTo(transport, endpoint, config), payload, payload);
            }

            @Override
            public String daemonVersion() {
                return null; // the frame has no way to ask
            }

            @Override
            public void close() {
                // nothing written to the daemon but requests
            }
        };
        try (Exchange probe = session.connect()) {
            probe.roundTrip(0);
        }
        return session;
    }

    private static ClientConnection connectTo(Transport transport, Endpoint endpoint, ClientConfig config)
            throws IOException {
        try {
            return transport.connect(endpoint, config);
        } catch (IOException e) {
            throw Failures.failed(endpoint, "connecting", e);
        }
    }
}
