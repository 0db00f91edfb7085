package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A listener over a blocking {@code ServerSocketChannel}, TCP or Unix domain. */
public final class ChannelListener implements Listener {
    /** Turns an accepted channel into a stream (setting socket options on the way). */
    @FunctionalInterface
    public interface Wrapper {
        ByteStream wrap(SocketChannel channel) throws IOException;
    }

    /** What to remove once the listener is closed, such as its socket file. */
    @FunctionalInterface
    public interface Cleanup {
        void run() throws IOException;
    }

    private final ServerSocketChannel server;
    private final String address;
    private final Wrapper wrapper;
    private final Cleanup cleanup;

    public ChannelListener(ServerSocketChannel server, String address, Wrapper wrapper, Cleanup cleanup) {
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
        return wrapper.wrap(server.accept());
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
