package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import java.io.IOException;

/**
 * Base of every socket transport with a blocking API: it supplies a listener and a way to
 * connect; the thread-per-connection daemon and the verified client come from here.
 */
public abstract class StreamTransport implements Transport {

    /** Daemon side: binds a listening socket in or for {@code config}. */
    protected abstract Listener listen(ServerConfig config) throws IOException;

    /** Client side: a connected stream to the daemon at {@code endpoint}. */
    protected abstract ByteStream open(Endpoint endpoint) throws IOException;

    @Override
    public Server bind(ServerConfig config) throws IOException {
        return new ThreadPerConnectionServer(listen(config), config);
    }

    @Override
    public ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException {
        return new StreamClientConnection(open(endpoint), endpoint, config);
    }
}
