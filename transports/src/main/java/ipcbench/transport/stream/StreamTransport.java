package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transport;
import java.io.IOException;

/**
 * Base of every socket transport with a blocking API: it supplies a listener and a way to
 * connect; the daemon's server models (a thread per connection, pooled or virtual, or one
 * selector thread over a selectable listener) and the verified client come from here. Its streams
 * are offered to protocols with framing of their own ({@link StreamAccess}).
 */
public abstract class StreamTransport implements Transport, StreamAccess {

    /** Whether {@link #listen} returns a {@link ChannelListener}, which a selector can serve. */
    protected boolean listensOnChannel() {
        return false;
    }

    /** Daemon side: binds a listening socket in or for {@code config}. */
    protected abstract Listener listen(ServerConfig config) throws IOException;

    /** Client side: a connected stream to the daemon at {@code endpoint}. */
    protected abstract ByteStream open(Endpoint endpoint) throws IOException;

    @Override
    public String whyNotServer(ServerModel model) {
        if (model == ServerModel.SELECTOR && !listensOnChannel()) {
            return id() + " has no selectable channel (its API blocks): selector needs tcp-nio or uds-jdk";
        }
        return null; // every stream transport's daemon can run a thread, pooled or virtual, per connection
    }

    @Override
    public final Listener listenStreams(ServerConfig config) throws IOException {
        return listen(config);
    }

    @Override
    public final ByteStream openStream(Endpoint endpoint) throws IOException {
        return open(endpoint);
    }

    @Override
    public Server bind(ServerConfig config) throws IOException {
        String why = whyNotServer(config.model());
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        Listener listener = listen(config);
        return config.model() == ServerModel.SELECTOR ? new SelectorServer((ChannelListener) listener, config)
                : new ThreadPerConnectionServer(listener, config, config.model() == ServerModel.VIRTUAL);
    }

    @Override
    public ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException {
        return new StreamClientConnection(open(endpoint), endpoint, config);
    }
}
