package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.RejectedConnectionException;
import java.io.Closeable;
import java.io.IOException;

/** A bound server socket of a stream transport: the one thing such a transport's daemon side supplies. */
public interface Listener extends Closeable {

    /** What clients connect to: a port or a socket path. */
    String address();

    /**
     * Blocks until a client connects; fails once the listener is closed, or with a
     * {@link RejectedConnectionException} for one connection it closed.
     */
    ByteStream accept() throws IOException;

    /** Turns an accepted socket into a stream: checks the peer, sets socket options. */
    @FunctionalInterface
    interface Wrapper<S> {
        ByteStream wrap(S socket) throws IOException;
    }

    /**
     * Wraps a just-accepted socket; a socket that is refused or cannot be set up is closed, and
     * the failure is this connection's alone, not the listener's.
     */
    static <S extends Closeable> ByteStream wrapOrClose(S socket, Wrapper<S> wrapper) throws IOException {
        try {
            return wrapper.wrap(socket);
        } catch (RejectedConnectionException e) {
            socket.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw new RejectedConnectionException("could not set up the connection: " + e);
        }
    }
}
