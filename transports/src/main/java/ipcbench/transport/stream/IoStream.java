package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A byte stream over classic {@code java.io} streams ({@code Socket}, junixsocket). Buffers are heap
 * arrays because that is what these APIs take.
 */
public final class IoStream implements ByteStream {
    private final InputStream in;
    private final OutputStream out;
    private final Closeable closer;

    public IoStream(InputStream in, OutputStream out, Closeable closer) {
        this.in = in;
        this.out = out;
        this.closer = closer;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
        if (n > 0) {
            dst.position(dst.position() + n);
        }
        return n;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        out.write(src.array(), src.arrayOffset() + src.position(), src.remaining());
        out.flush(); // a no-op on sockets; pushes a process pipe's BufferedOutputStream
        src.position(src.limit());
    }

    @Override
    public boolean readsAhead() {
        return in instanceof BufferedInputStream;
    }

    @Override
    public ByteBuffer allocate(int capacity) {
        return ByteBuffer.allocate(capacity);
    }

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
