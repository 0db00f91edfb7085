package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A listener over a {@code ServerSocketChannel}, TCP or Unix domain: blocking for the threaded
 * server models, or handed to a {@link SelectorServer} as a selectable channel.
 */
public final class ChannelListener implements Listener {
    /** What to remove once the listener is closed, such as its socket file. */
    @FunctionalInterface
    public interface Cleanup {
        void run() throws IOException;
    }

    /** Checks the peer of a just-accepted channel and sets its options; throws to refuse it. */
    @FunctionalInterface
    public interface Setup {
        void prepare(SocketChannel channel) throws IOException;
    }

    private final ServerSocketChannel server;
    private final String address;
    private final Setup setup;
    private final Cleanup cleanup;

    public ChannelListener(ServerSocketChannel server, String address, Setup setup, Cleanup cleanup) {
        this.server = server;
        this.address = address;
        this.setup = setup;
        this.cleanup = cleanup;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public ByteStream accept() throws IOException {
        return Listener.wrapOrClose(server.accept(), this::prepared);
    }

    /** The listening channel, for a selector to register (it makes it non-blocking). */
    ServerSocketChannel channel() {
        return server;
    }

    /**
     * A non-blocking channel's next connection, checked and set up, or null when none is waiting;
     * throws {@link ipcbench.transport.RejectedConnectionException} for one it closed.
     */
    SocketChannel acceptWaiting() throws IOException {
        SocketChannel channel = server.accept();
        if (channel == null) {
            return null;
        }
        Listener.wrapOrClose(channel, this::prepared);
        return channel;
    }

    private ByteStream prepared(SocketChannel channel) throws IOException {
        setup.prepare(channel);
        return ChannelStream.of(channel);
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            cleanup.run();
        }
    }
}
