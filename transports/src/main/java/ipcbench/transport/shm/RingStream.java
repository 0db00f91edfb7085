package ipcbench.transport.shm;

import ipcbench.transport.stream.FrameReader;
import ipcbench.transport.stream.MessageStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.function.BooleanSupplier;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;

/**
 * A byte stream over two shared rings, one message per ring record ({@link MessageStream} splits
 * and stages). Waiting is the idle strategy's: spinning, or backing off to a park. No kernel tells
 * a waiting side that its peer died, so the wait checks {@code peerAlive} now and then, and an
 * {@link #abort()} from another thread (the deadline's watchdog) ends it.
 *
 * <p>Every record is typed with its session, a number the client takes per connection, so that
 * what a previous client left in the rings is skipped rather than read as this one's: type
 * {@code 2 * session} carries bytes, {@code 2 * session + 1} ends the session.
 */
final class RingStream extends MessageStream {
    /** Idle rounds between looks at the peer: a park is up to 1 ms, and a kill must be seen in well under a second. */
    private static final int PEER_CHECK_EVERY = 1 << 8;

    private final RingBuffer in;
    private final RingBuffer out;
    private final IdleStrategy idle;
    private final BooleanSupplier peerAlive;
    private final UnsafeBuffer source = new UnsafeBuffer(0, 0);
    private final MessageHandler onMessage = this::onMessage;
    private int session;
    private ByteBuffer target;
    private int received;
    private boolean peerEnded;
    private volatile boolean closed;

    /**
     * @param session the session's number, or 0 for a daemon, which takes the number of the first
     *                record that arrives
     */
    RingStream(RingBuffer in, RingBuffer out, int session, IdleStrategy idle, BooleanSupplier peerAlive) {
        // Messages no longer than the frame reader's read-ahead: its reads then have room for a whole
        // one and take it straight from the ring (a larger message would pass through the staging buffer).
        super(Math.min(FrameReader.READ_AHEAD, Math.min(in.maxMsgLength(), out.maxMsgLength())));
        this.in = in;
        this.out = out;
        this.session = session;
        this.idle = idle;
        this.peerAlive = peerAlive;
    }

    @Override
    protected int receive(ByteBuffer dst) throws IOException {
        target = dst;
        for (int rounds = 1; !peerEnded; rounds++) {
            received = -1;
            if (in.read(onMessage, 1) > 0 && received >= 0) {
                idle.reset();
                return received;
            }
            awaitPeer(rounds);
        }
        return -1;
    }

    private void onMessage(int type, MutableDirectBuffer buffer, int index, int length) {
        if (session == 0) {
            session = type >> 1; // the daemon meets its client
        }
        if (type >> 1 != session) {
            return; // left by an earlier client
        }
        if ((type & 1) == 1) {
            peerEnded = true;
            return;
        }
        buffer.getBytes(index, target, target.position(), length);
        target.position(target.position() + length);
        received = length;
    }

    @Override
    protected void send(ByteBuffer src) throws IOException {
        int n = src.remaining();
        source.wrap(src, src.position(), n);
        for (int rounds = 1; !out.write(2 * session, source, 0, n); rounds++) {
            awaitPeer(rounds);
        }
        src.position(src.limit());
        idle.reset();
    }

    /** One idle round while the peer has not answered; fails once aborted, or once the peer is gone. */
    private void awaitPeer(int rounds) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        if (rounds % PEER_CHECK_EVERY == 0 && !peerAlive.getAsBoolean()) {
            throw new IOException("the peer process is gone (shared memory has no end of stream to tell)");
        }
        idle.idle();
    }

    /** The owner's close: ends the session for the peer (unless the peer ended it). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (!peerEnded && session != 0) {
                out.write(2 * session + 1, source, 0, 0); // best effort: a full ring means a peer that reads no more
            }
        }
    }

    /** From another thread: fails a wait in progress; writes nothing (the ring has one producer). */
    @Override
    public void abort() {
        closed = true;
    }
}
