package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte stream that hands out a fixed input, each read at most as many bytes as the next of
 * {@code chunks} (used in turn) allows; records how many bytes each read asked for.
 */
final class ScriptedStream implements ByteStream {
    private final ByteBuffer input;
    private final int[] chunks;
    private int reads;
    private boolean readsAhead;
    private final List<Integer> asked = new ArrayList<>();
    final ByteArrayOutputStream written = new ByteArrayOutputStream();

    ScriptedStream(byte[] input, int... chunks) {
        this.input = ByteBuffer.wrap(input);
        this.chunks = chunks;
    }

    int reads() {
        return reads;
    }

    /** Says it reads ahead by itself, as a BufferedInputStream does. */
    ScriptedStream readingAhead() {
        readsAhead = true;
        return this;
    }

    List<Integer> asked() {
        return asked;
    }

    @Override
    public boolean readsAhead() {
        return readsAhead;
    }

    @Override
    public int read(ByteBuffer dst) {
        if (!dst.hasRemaining()) {
            throw new IllegalStateException("read into a full buffer: a real stream returns 0, and its reader spins");
        }
        asked.add(dst.remaining());
        int chunk = chunks[reads++ % chunks.length];
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
