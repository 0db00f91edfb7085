package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import java.io.IOException;

/**
 * A transport whose connections are plain byte streams, offered as they are to a protocol that
 * brings its own framing (JSON-RPC's {@code Content-Length} headers): the daemon's listener and the
 * client's stream, without our frame, server loop or verification on top. The bytes move exactly
 * as the transport moves them for the raw frame.
 */
public interface StreamAccess {

    /** Daemon side: the transport's bound listener; each {@link Listener#accept()} is one client's stream. */
    Listener listenStreams(ServerConfig config) throws IOException;

    /** Client side: a connected stream to the daemon at {@code endpoint}. */
    ByteStream openStream(Endpoint endpoint) throws IOException;
}
