package ipcbench.transport.uds;

import ipcbench.transport.ByteStream;
import ipcbench.transport.stream.Listener;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A junixsocket server socket bound to a socket file in the daemon's private directory: its
 * address is the file, and closing it removes the file too.
 */
final class SocketFileListener implements Listener {
    /** Accepts one connection and makes it a stream (checking the peer). */
    @FunctionalInterface
    interface Acceptor {
        ByteStream accept() throws IOException;
    }

    private final Path path;
    private final Closeable server;
    private final Acceptor acceptor;

    SocketFileListener(Path path, Closeable server, Acceptor acceptor) {
        this.path = path;
        this.server = server;
        this.acceptor = acceptor;
    }

    @Override
    public String address() {
        return path.toString();
    }

    @Override
    public ByteStream accept() throws IOException {
        return acceptor.accept();
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            SocketFiles.remove(path);
        }
    }
}
