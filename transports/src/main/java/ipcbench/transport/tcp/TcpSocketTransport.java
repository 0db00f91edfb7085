package ipcbench.transport.tcp;

import ipcbench.transport.ByteStream;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.stream.IoStream;
import ipcbench.transport.stream.Listener;
import ipcbench.transport.stream.StreamTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP loopback with the classic {@code java.net.Socket} API on both sides. */
public final class TcpSocketTransport extends StreamTransport {
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    @Override
    public String id() {
        return "tcp-socket";
    }

    @Override
    public String description() {
        return "TCP loopback: java.net.Socket (TCP_NODELAY) / ServerSocket";
    }

    @Override
    protected Listener listen(ServerConfig config) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            Loopback.bind(config.port(), server::bind);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return new Listener() {
            @Override
            public String address() {
                return Loopback.address(server.getLocalPort());
            }

            @Override
            public ByteStream accept() throws IOException {
                return Listener.wrapOrClose(server.accept(), TcpSocketTransport::stream);
            }

            @Override
            public void close() throws IOException {
                server.close();
            }
        };
    }

    @Override
    protected ByteStream open(Endpoint endpoint) throws IOException {
        Socket socket = new Socket();
        socket.connect(Loopback.parse(endpoint.address()), CONNECT_TIMEOUT_MILLIS);
        return stream(socket);
    }

    private static ByteStream stream(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return new IoStream(socket.getInputStream(), socket.getOutputStream(), socket);
    }
}
