package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** A byte stream that hands out a fixed input in chunks of at most {@code chunk} bytes per read. */
final class ScriptedStream implements ByteStream {
    private final ByteBuffer input;
    private final int chunk;
    final ByteArrayOutputStream written = new ByteArrayOutputStream();

    ScriptedStream(byte[] input, int chunk) {
        this.input = ByteBuffer.wrap(input);
        this.chunk = chunk;
    }

    @Override
    public int read(ByteBuffer dst) {
        if (!input.hasRemaining()) {
            return -1;
        }
        int n = Math.min(chunk, Math.min(dst.remaining(), input.remaining()));
        ByteBuffer slice = input.slice();
        slice.limit(n);
        dst.put(slice);
        input.position(input.position() + n);
        return n;
    }

    @Override
    public void write(ByteBuffer src) {
        byte[] bytes = new byte[src.remaining()];
        src.get(bytes);
        written.writeBytes(bytes);
    }

    @Override
    public void close() {
    }
}
