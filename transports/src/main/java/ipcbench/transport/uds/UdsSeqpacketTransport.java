package ipcbench.transport.uds;

import ipcbench.transport.ByteStream;
import ipcbench.transport.Endpoint;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.ServerModel;
import ipcbench.transport.SocketBacklog;
import ipcbench.transport.stream.FrameReader;
import ipcbench.transport.stream.Listener;
import ipcbench.transport.stream.MessageStream;
import ipcbench.transport.stream.StreamTransport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.newsclub.net.unix.AFDatagramChannel;
import org.newsclub.net.unix.AFDatagramSocket;
import org.newsclub.net.unix.AFSocketType;
import org.newsclub.net.unix.AFUNIXDatagramSocket;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * Unix domain {@code SOCK_SEQPACKET} through junixsocket: connection-oriented like a stream, but
 * the kernel keeps message boundaries. Our frame still carries its length and sequence (the
 * shared reader and verification run on top, through {@link MessageStream}); a frame of at most
 * 8 KiB - the common case - is one message, read by one call.
 */
public final class UdsSeqpacketTransport extends StreamTransport {
    /**
     * The frame reader's reads ask for 8 KiB: a message of at most that lands straight in its
     * buffer, no staging copy and no staging buffer per connection (2,000 of 64 KiB would be a
     * daemon's whole direct memory). A larger frame is several messages.
     */
    private static final int MAX_MESSAGE = FrameReader.READ_AHEAD;

    @Override
    public String id() {
        return "uds-seqpacket";
    }

    @Override
    public String description() {
        return "Unix domain socket, SOCK_SEQPACKET: junixsocket AFUNIXDatagramSocket (listen/accept, native)";
    }

    @Override
    public String unavailabilityCause() {
        return AFUNIXSocket.isSupported() ? null : "junixsocket's native library does not load on this platform";
    }

    @Override
    public boolean checksPeerCredentials() {
        return true;
    }

    /** junixsocket's native blocking calls, as for uds-junixsocket. */
    @Override
    public String whyNotServer(ServerModel model) {
        return model == ServerModel.VIRTUAL ? UdsJunixsocketTransport.pinsCarriers(id()) : super.whyNotServer(model);
    }

    @Override
    protected Listener listen(ServerConfig config) throws IOException {
        Path path = config.directory().resolve(id() + ".sock");
        SocketFiles.claim(path, config.log(), UdsSeqpacketTransport::probe);
        AFUNIXDatagramSocket server = AFUNIXDatagramSocket.newInstance(AFSocketType.SOCK_SEQPACKET);
        try {
            server.bind(AFUNIXSocketAddress.of(path.toFile()));
            server.listen(SocketBacklog.somaxconn());
            SocketFiles.restrict(path);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new SocketFileListener(path, server, () -> Listener.wrapOrClose(server.accept(), socket -> {
            config.allowUids().check(((AFUNIXDatagramSocket) socket).getPeerCredentials().getUid());
            return new SeqpacketStream(socket);
        }));
    }

    @Override
    protected ByteStream open(Endpoint endpoint) throws IOException {
        AFUNIXDatagramSocket socket = AFUNIXDatagramSocket.newInstance(AFSocketType.SOCK_SEQPACKET);
        try {
            socket.connect(AFUNIXSocketAddress.of(Path.of(endpoint.address()).toFile()));
            return new SeqpacketStream(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Connects to {@code path} as a client would, and hangs up: whether a live daemon listens there. */
    private static void probe(Path path) throws IOException {
        try (AFUNIXDatagramSocket socket = AFUNIXDatagramSocket.newInstance(AFSocketType.SOCK_SEQPACKET)) {
            socket.connect(AFUNIXSocketAddress.of(path.toFile()));
        }
    }

    /** One connected SEQPACKET socket: each write one message, each read one message. */
    private static final class SeqpacketStream extends MessageStream {
        private final AFDatagramSocket<?> socket;
        private final AFDatagramChannel<?> channel;

        SeqpacketStream(AFDatagramSocket<?> socket) {
            super(MAX_MESSAGE);
            this.socket = socket;
            this.channel = socket.getChannel();
        }

        /** We never send an empty message, so a read of none is the peer's orderly close. */
        @Override
        protected int receive(ByteBuffer dst) throws IOException {
            int n = channel.read(dst);
            return n <= 0 ? -1 : n;
        }

        @Override
        protected void send(ByteBuffer src) throws IOException {
            int expected = src.remaining();
            int n = channel.write(src);
            if (n != expected) {
                throw new IOException("a " + expected + "-byte message went out as " + n + " bytes");
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
