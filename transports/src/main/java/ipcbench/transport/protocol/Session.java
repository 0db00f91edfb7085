package ipcbench.transport.protocol;

import java.io.Closeable;
import java.io.IOException;

/**
 * A benchmark trial's hold on one daemon: what its clients share (an HTTP client's connection pool,
 * the names of the keys written). Closing it removes whatever it wrote to the daemon.
 */
public interface Session extends Closeable {

    /** A client of its own: one connection (or, for a pooling library, one caller). One thread at a time. */
    Exchange connect() throws IOException;

    /**
     * A client on a connection of its own, opened for it and closed with it: the command-line
     * pattern ({@code docker ps}), as the Connect benchmark measures it. By default {@link #connect()},
     * right for a protocol whose clients each have their own connection anyway.
     */
    default Exchange connectOnce() throws IOException {
        return connect();
    }

    /** What the daemon says it is ({@code redis 7.0.15}, {@code nginx/1.22.1}), or null when it does not say. */
    String daemonVersion();
}
