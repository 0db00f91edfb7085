package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.FrameBudget;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads whole frames from a byte stream into one reused buffer. Reads take whatever the stream
 * has, so a small frame costs one read call and pipelined frames are not read twice. The buffer
 * starts small and grows only when it is full of one frame's bytes, at most doubling: memory
 * follows the bytes received (or the response its owner, a client, expects), never the length a
 * header declares, and growth past {@link FrameBudget#FREE_BYTES} is taken from the daemon's
 * budget first. Steady state allocates nothing. A blocking stream is read with {@link #next}, a
 * non-blocking one (a selector's channel) with {@link #poll}, which keeps a partial frame.
 */
public final class FrameReader {
    private static final int INITIAL_CAPACITY = FrameBudget.FREE_BYTES;
    /** The most a read asks for beyond what the frame lacks (a message transport sizes its messages by it). */
    public static final int READ_AHEAD = 8192;

    private final ByteStream stream;
    private final boolean exactReads;
    private final int maxPayload;
    private final FrameBudget budget;
    private final Watchdog.Guard frameDeadline;
    private ByteBuffer buf;
    private int start; // first byte not yet consumed
    private int end;   // one past the last byte received
    private int frameLength;
    private boolean waitingInFrame; // blocked for the rest of a frame: its deadline runs

    /** A reader without a budget or a deadline: a client's, which reads only what it asked for. */
    public FrameReader(ByteStream stream, int maxPayload) {
        this(stream, maxPayload, FrameBudget.UNLIMITED, Watchdog.unwatched());
    }

    /**
     * @param budget        where growth past {@link FrameBudget#FREE_BYTES} is reserved
     * @param frameDeadline entered when the reader has part of a frame and waits for the rest,
     *                      left when the frame is complete: a client that sends a frame slower
     *                      than its deadline is cut off; a frame that arrives in one read (the
     *                      common case) costs the guard nothing
     */
    public FrameReader(ByteStream stream, int maxPayload, FrameBudget budget, Watchdog.Guard frameDeadline) {
        this.stream = stream;
        this.exactReads = stream.readsAhead();
        this.maxPayload = maxPayload;
        this.budget = budget;
        this.frameDeadline = frameDeadline;
        this.buf = stream.allocate(Math.min(INITIAL_CAPACITY, Frame.HEADER_BYTES + maxPayload));
    }

    /** What {@link #poll()} found. */
    public enum Progress {
        /** A whole frame is in the buffer. */
        FRAME,
        /** The stream has no more bytes for now (a non-blocking channel); what came is kept. */
        PENDING,
        /** The stream ended cleanly between frames. */
        ENDED
    }

    /**
     * Reads the next frame completely. Returns false when the stream ends cleanly between frames;
     * throws {@link FrameException} for an invalid header, a stream that ends inside a frame, or
     * a frame the budget cannot hold.
     */
    public boolean next() throws IOException {
        return next(0);
    }

    /**
     * As {@link #next()}, for a caller that knows the payload to expect (a client knows the
     * response it asked for): only how much is read at a time depends on it, the header decides.
     */
    public boolean next(int expectedPayload) throws IOException {
        Progress progress;
        do { // a blocking stream reads at least one byte; PENDING is a read of none, tried again
            progress = advance(expectedPayload);
        } while (progress == Progress.PENDING);
        return progress == Progress.FRAME;
    }

    /**
     * For a non-blocking stream: reads what has arrived and says whether the next frame is complete.
     * After {@link Progress#PENDING}, call again when the stream has bytes; the frame's deadline
     * runs meanwhile if part of it came.
     */
    public Progress poll() throws IOException {
        return advance(0);
    }

    private Progress advance(int expectedPayload) throws IOException {
        start += frameLength;
        frameLength = 0;
        if (start == end) {
            start = end = 0;
        }
        int expected = Frame.HEADER_BYTES + expectedPayload;
        if (expected > buf.capacity()) {
            grow(expected, expected); // what the owner asked for itself: read it in one go
        }
        Progress header = fill(Frame.HEADER_BYTES, expected);
        if (header != Progress.FRAME) {
            if (header == Progress.PENDING || end == start) {
                return header;
            }
            throw new FrameException("truncated frame: stream ended after " + (end - start)
                    + " of " + Frame.HEADER_BYTES + " header bytes");
        }
        Frame.checkHeader(buf, start, maxPayload);
        int total = Frame.HEADER_BYTES + Frame.payloadLength(buf, start);
        Progress body = fill(total, total);
        if (body != Progress.FRAME) {
            if (body == Progress.PENDING) {
                return body;
            }
            throw new FrameException("truncated frame: stream ended after " + (end - start)
                    + " of " + total + " bytes");
        }
        frameLength = total;
        if (waitingInFrame) {
            waitingInFrame = false;
            frameDeadline.exit();
        }
        return Progress.FRAME;
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

    /** Gives the buffer's growth back to the budget: the connection is done. */
    public void release() {
        budget.release(counted(buf.capacity()));
    }

    /** Reads until {@code needed} bytes are buffered (FRAME), the stream ends, or a read finds none. */
    private Progress fill(int needed, int expected) throws IOException {
        while (end - start < needed) {
            if (end == buf.capacity()) {
                makeRoom(needed);
            }
            // Ask for what the frame still lacks, or a small read-ahead: a java.io stream mallocs
            // a temporary buffer for every read over 8 KiB, which a 64-byte frame must not pay.
            // A stream that reads ahead itself (readsAhead: a child process's stdout) is asked
            // for the frame the caller expects and no more: asked for more than has arrived, it
            // checks available(), two more system calls per read.
            int lacking = needed - (end - start);
            int want = exactReads ? Math.max(lacking, expected - (end - start)) : Math.max(lacking, READ_AHEAD);
            buf.limit((int) Math.min(buf.capacity(), (long) end + want)).position(end);
            if (end > start && !waitingInFrame) { // part of a frame is here: an idle connection has no deadline
                waitingInFrame = true;
                frameDeadline.enter();
            }
            int n = stream.read(buf);
            if (n <= 0) {
                return n == 0 ? Progress.PENDING : Progress.ENDED;
            }
            end += n;
        }
        return Progress.FRAME;
    }

    /**
     * The buffer is full and the frame of {@code frameBytes} is not complete: move it to the
     * front, or, when it fills the buffer already, grow it (at most doubling, so that it never
     * holds more than twice what has arrived).
     */
    private void makeRoom(int frameBytes) throws FrameException {
        if (start > 0) {
            buf.limit(end).position(start);
            buf.compact();
            end -= start;
            start = 0;
        } else {
            grow((int) Math.min(frameBytes, 2L * buf.capacity()), frameBytes);
        }
    }

    /** A buffer of {@code capacity} with the unconsumed bytes at its front, if the budget has it. */
    private void grow(int capacity, int frameBytes) throws FrameException {
        long more = counted(capacity) - counted(buf.capacity());
        if (!budget.tryReserve(more)) {
            throw new FrameException("a frame of " + frameBytes + " bytes needs a " + capacity
                    + "-byte buffer: over the daemon's frame budget (" + budget.describe() + ")");
        }
        ByteBuffer bigger;
        try {
            bigger = stream.allocate(capacity);
        } catch (OutOfMemoryError e) { // direct memory the budget did not know was gone
            budget.release(more);
            throw new FrameException("a frame of " + frameBytes + " bytes needs a " + capacity
                    + "-byte buffer: " + e.getMessage());
        }
        buf.limit(end).position(start);
        bigger.put(buf);
        buf = bigger;
        end -= start;
        start = 0;
    }

    /** The part of a buffer of {@code capacity} the budget counts. */
    private static long counted(int capacity) {
        return Math.max(0, capacity - FrameBudget.FREE_BYTES);
    }
}
