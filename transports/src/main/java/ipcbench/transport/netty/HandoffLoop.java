package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Client model {@code default}: Netty's client event loop threads (one group for the JVM and I/O
 * mechanism, {@link NettyIo#clientGroup()}) run the I/O and hand each decoded response to the
 * receiving thread through a {@link Handoff}. A send from any thread is a task for that loop: two
 * thread hand-offs per round trip.
 */
final class HandoffLoop implements ClientLoop {
    private static final long CLOSE_DRAIN_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Handoff responses = new Handoff();
    private final EventLoopGroup group;

    HandoffLoop(NettyIo io) {
        this.group = io.clientGroup();
    }

    @Override
    public EventLoopGroup group() {
        return group;
    }

    @Override
    public ByteBufAllocator allocator() {
        return NettyTransport.allocator();
    }

    /** A view of its own: the frame's buffer belongs to the event loop thread, which may use its internal one. */
    @Override
    public ByteBuffer view(ByteBuf frame) {
        return frame.nioBuffer();
    }

    @Override
    public boolean await(Future<?> future, long timeoutNanos) {
        return future.awaitUninterruptibly(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean offer(Object message) {
        return responses.offer(message);
    }

    @Override
    public Object poll(long timeoutNanos) {
        return responses.poll(timeoutNanos);
    }

    /** Any thread: the event loop is not the caller's. */
    @Override
    public boolean releasableHere() {
        return true;
    }

    /** The group is the JVM's. */
    @Override
    public void shutDown() {
    }

    /**
     * Responses that came but were never received (requests in flight at close), up to the
     * CLOSED mark that channelInactive queues after the decoder's last frames. Bounded: a failed
     * receive may have taken the mark already. Safe release: close may run on another thread to
     * unblock a receive, which may have taken one of these too.
     */
    @Override
    public void drain() {
        for (Object message = responses.poll(CLOSE_DRAIN_NANOS); message != null && message != CLOSED;
                message = responses.poll(CLOSE_DRAIN_NANOS)) {
            ReferenceCountUtil.safeRelease(message);
        }
    }
}
