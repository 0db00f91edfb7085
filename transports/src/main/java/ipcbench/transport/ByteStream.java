package ipcbench.transport;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One connected, blocking, two-way byte stream: all a stream transport has to provide.
 * Framing, verification and the daemon loop are shared on top of it.
 */
public interface ByteStream extends Closeable {

    /** Reads at least one byte into {@code dst}, blocking until there is one; -1 at end of stream. */
    int read(ByteBuffer dst) throws IOException;

    /** Writes all of {@code src}'s remaining bytes. */
    void write(ByteBuffer src) throws IOException;

    /**
     * Whether the stream reads ahead by itself (a {@code BufferedInputStream}, as a child process's
     * stdout is): then a reader should ask for exactly the bytes it lacks, because such a stream
     * asked for more than has arrived checks {@code available()}, two more system calls.
     */
    default boolean readsAhead() {
        return false;
    }

    /**
     * Ends the stream from another thread, to make a call blocked on it return (a missed deadline,
     * a shutdown): by default a close. A stream whose close writes to the peer overrides it, since
     * it must not write beside the thread that may be writing.
     */
    default void abort() throws IOException {
        close();
    }

    /** A buffer this stream moves bytes from and to without an extra copy. */
    default ByteBuffer allocate(int capacity) {
        return ByteBuffer.allocateDirect(capacity);
    }
}
