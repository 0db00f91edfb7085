package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads whole frames from a byte stream into one reused buffer. Reads take whatever the stream
 * has, so a small frame costs one read call and pipelined frames are not read twice; the buffer
 * grows only when a larger frame arrives, so steady state allocates nothing.
 */
public final class FrameReader {
    private static final int INITIAL_CAPACITY = Frame.HEADER_BYTES + 64 * 1024;
    private static final int READ_AHEAD = 8192;

    private final ByteStream stream;
    private final boolean exactReads;
    private final int maxPayload;
    private ByteBuffer buf;
    private int start; // first byte not yet consumed
    private int end;   // one past the last byte received
    private int frameLength;

    public FrameReader(ByteStream stream, int maxPayload) {
        this.stream = stream;
        this.exactReads = stream.readsAhead();
        this.maxPayload = maxPayload;
        this.buf = stream.allocate(Math.min(INITIAL_CAPACITY, Frame.HEADER_BYTES + maxPayload));
    }

    /**
     * Reads the next frame completely. Returns false when the stream ends cleanly between frames;
     * throws {@link FrameException} for an invalid header or a stream that ends inside a frame.
     */
    public boolean next() throws IOException {
        return next(0);
    }

    /**
     * As {@link #next()}, for a caller that knows the payload to expect (a client knows the
     * response it asked for): only how much is read at a time depends on it, the header decides.
     */
    public boolean next(int expectedPayload) throws IOException {
        start += frameLength;
        frameLength = 0;
        if (start == end) {
            start = end = 0;
        }
        makeRoom(Frame.HEADER_BYTES); // a header cut by the buffer's end: without room, read() returns 0 forever
        if (!fill(Frame.HEADER_BYTES, Frame.HEADER_BYTES + expectedPayload)) {
            if (end == start) {
                return false;
            }
            throw new FrameException("truncated frame: stream ended after " + (end - start)
                    + " of " + Frame.HEADER_BYTES + " header bytes");
        }
        Frame.checkHeader(buf, start, maxPayload);
        int total = Frame.HEADER_BYTES + Frame.payloadLength(buf, start);
        makeRoom(total);
        if (!fill(total, total)) {
            throw new FrameException("truncated frame: stream ended after " + (end - start)
                    + " of " + total + " bytes");
        }
        frameLength = total;
        return true;
    }

    /** The buffer holding the current frame; use absolute access at {@link #frameOffset()}. */
    public ByteBuffer buffer() {
        return buf;
    }

    public int frameOffset() {
        return start;
    }

    /** Whether bytes of a following frame are already buffered (the peer pipelines). */
    public boolean hasBufferedBytesAfterFrame() {
        return start + frameLength < end;
    }

    private boolean fill(int needed, int expected) throws IOException {
        while (end - start < needed) {
            // Ask for what the frame still lacks, or a small read-ahead: a java.io stream mallocs
            // a temporary buffer for every read over 8 KiB, which a 64-byte frame must not pay.
            // A stream that reads ahead itself (readsAhead: a child process's stdout) is asked
            // for the frame the caller expects and no more: asked for more than has arrived, it
            // checks available(), two more system calls per read.
            int lacking = needed - (end - start);
            int want = exactReads ? Math.max(lacking, expected - (end - start)) : Math.max(lacking, READ_AHEAD);
            buf.limit((int) Math.min(buf.capacity(), (long) end + want)).position(end);
            int n = stream.read(buf);
            if (n < 0) {
                return false;
            }
            end += n;
        }
        return true;
    }

    private void makeRoom(int frameBytes) {
        if (start + frameBytes <= buf.capacity()) {
            return;
        }
        buf.limit(end).position(start);
        if (frameBytes <= buf.capacity()) {
            buf.compact();
        } else {
            int capacity = (int) Math.min(Math.max(frameBytes, 2L * buf.capacity()),
                    (long) Frame.HEADER_BYTES + maxPayload);
            ByteBuffer bigger = stream.allocate(capacity);
            bigger.put(buf);
            buf = bigger;
        }
        end -= start;
        start = 0;
    }
}
