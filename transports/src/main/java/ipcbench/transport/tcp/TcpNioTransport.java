package ipcbench.transport.tcp;

import ipcbench.transport.ByteStream;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.stream.ChannelListener;
import ipcbench.transport.stream.ChannelStream;
import ipcbench.transport.stream.Listener;
import ipcbench.transport.stream.StreamTransport;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** TCP loopback with blocking NIO {@code SocketChannel}s and direct buffers on both sides. */
public final class TcpNioTransport extends StreamTransport {
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    @Override
    public String id() {
        return "tcp-nio";
    }

    @Override
    public String description() {
        return "TCP loopback: blocking SocketChannel (TCP_NODELAY) / ServerSocketChannel";
    }

    @Override
    protected boolean listensOnChannel() {
        return true;
    }

    @Override
    protected Listener listen(ServerConfig config) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            Loopback.bind(config.port(), server::bind);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        String address = Loopback.address(server.socket().getLocalPort());
        return new ChannelListener(server, address, TcpNioTransport::setUp, () -> { });
    }

    @Override
    protected ByteStream open(Endpoint endpoint) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.socket().connect(Loopback.parse(endpoint.address()), CONNECT_TIMEOUT_MILLIS);
            setUp(channel);
            return ChannelStream.of(channel);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static void setUp(SocketChannel channel) throws IOException {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }
}
