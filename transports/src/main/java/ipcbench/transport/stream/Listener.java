package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.Closeable;
import java.io.IOException;

/** A bound server socket of a stream transport: the one thing such a transport's daemon side supplies. */
public interface Listener extends Closeable {

    /** What clients connect to: a port or a socket path. */
    String address();

    /** Blocks until a client connects; fails once the listener is closed. */
    ByteStream accept() throws IOException;
}
