package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** A byte stream over blocking NIO channels: socket channels, FIFOs, standard input and output. */
public final class ChannelStream implements ByteStream {
    private final ReadableByteChannel in;
    private final WritableByteChannel out;
    private final Closeable closer;

    public ChannelStream(ReadableByteChannel in, WritableByteChannel out, Closeable closer) {
        this.in = in;
        this.out = out;
        this.closer = closer;
    }

    /** A stream over one channel that reads and writes, such as a {@code SocketChannel}. */
    public static <C extends ReadableByteChannel & WritableByteChannel> ChannelStream of(C channel) {
        return new ChannelStream(channel, channel, channel);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return in.read(dst);
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            out.write(src);
        }
    }

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
