package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A listener over a blocking {@code ServerSocketChannel}, TCP or Unix domain. */
public final class ChannelListener implements Listener {
    /** What to remove once the listener is closed, such as its socket file. */
    @FunctionalInterface
    public interface Cleanup {
        void run() throws IOException;
    }

    private final ServerSocketChannel server;
    private final String address;
    private final Wrapper<SocketChannel> wrapper;
    private final Cleanup cleanup;

    public ChannelListener(ServerSocketChannel server, String address, Wrapper<SocketChannel> wrapper, Cleanup cleanup) {
        this.server = server;
        this.address = address;
        this.wrapper = wrapper;
        this.cleanup = cleanup;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public ByteStream accept() throws IOException {
        return Listener.wrapOrClose(server.accept(), wrapper);
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
