package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ManualIoEventLoop;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Client model {@code caller}: the connection has a loop of its own (Netty 4.2's
 * {@link ManualIoEventLoop}, over the transport's {@link NettyIo}), owned by the thread that
 * opens the connection, and that thread runs it: while connecting, while waiting in receive, and
 * while closing. A blocking caller pays no thread hand-off: its send is written and flushed right
 * there, and the responses that its run of the loop decodes wait in a plain queue that only it
 * touches.
 *
 * <p>Threads: the opening thread receives and closes. Any other thread may send: Netty makes
 * that a task for the loop and wakes it, so a receive blocked in the loop writes the request at
 * once (and otherwise the owner's next receive does). A receive on another thread is refused;
 * a close on another thread ends the loop's wait (the blocked receive fails), and the owner's
 * close then releases.
 *
 * <p>The receive blocks in the mechanism's wait (epoll_wait, io_uring_enter) with the remaining
 * deadline and does not spin first: under the default CPU placement client and daemon share one
 * CPU, where a spinning client only delays the answer it waits for; and the JDK clients it is
 * compared with block in their read too.
 */
final class CallerLoop implements ClientLoop {
    private static final long CLOSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /**
     * {@link NettyTransport#allocator()}'s pool, with a buffer cache for the caller's threads
     * too: Netty's default gives one only to its own threads, so the reads of a loop that runs on
     * a plain thread would take every buffer from the shared arena, under its lock.
     */
    private static final ByteBufAllocator ALLOCATOR = new PooledByteBufAllocator(PooledByteBufAllocator.defaultPreferDirect(),
            PooledByteBufAllocator.defaultNumHeapArena(), PooledByteBufAllocator.defaultNumDirectArena(),
            PooledByteBufAllocator.defaultPageSize(), PooledByteBufAllocator.defaultMaxOrder(),
            PooledByteBufAllocator.defaultSmallCacheSize(), PooledByteBufAllocator.defaultNormalCacheSize(), true);

    private final ManualIoEventLoop loop;
    private final ArrayDeque<Object> arrived = new ArrayDeque<>(); // the owner's alone
    private final String transportId;

    /** A loop over {@code io} owned by the calling thread, which opens the connection with it. */
    CallerLoop(String transportId, NettyIo io) {
        this.loop = new ManualIoEventLoop(Thread.currentThread(), io.handlers());
        this.transportId = transportId;
    }

    @Override
    public EventLoopGroup group() {
        return loop;
    }

    @Override
    public ByteBufAllocator allocator() {
        return ALLOCATOR;
    }

    /**
     * The read buffer's own internal view, at the frame's place in it: safe, as frames are
     * verified on the thread that decoded them, and allocation-free, where a slice's view of
     * its own (what the decoder's frames are) is two new ByteBuffers per frame.
     */
    @Override
    public ByteBuffer view(ByteBuf frame) {
        ByteBuf whole = frame.unwrap();
        if (whole == null || !frame.hasMemoryAddress() || !whole.hasMemoryAddress()) {
            return frame.nioBuffer();
        }
        int at = (int) (frame.memoryAddress() - whole.memoryAddress()) + frame.readerIndex();
        return whole.internalNioBuffer(at, frame.readableBytes());
    }

    /** On the owner: runs the loop until {@code future} completes or the time is up. */
    @Override
    public boolean await(Future<?> future, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        for (long remaining = timeoutNanos; !future.isDone() && remaining > 0 && !loop.isTerminated();
                remaining = deadline - System.nanoTime()) {
            loop.run(remaining);
        }
        return future.isDone();
    }

    /** Runs on the owner only (the loop is its own), so a plain queue will do. */
    @Override
    public boolean offer(Object message) {
        return arrived.add(message);
    }

    @Override
    public Object poll(long timeoutNanos) {
        if (!loop.inEventLoop()) {
            throw new IllegalStateException(transportId + " (client=caller): receive on thread '"
                    + Thread.currentThread().getName() + "', but the connection's loop belongs to the thread that "
                    + "opened it; open it on the thread that receives (any thread may send)");
        }
        Object message = arrived.poll();
        if (message != null) {
            return message;
        }
        long deadline = System.nanoTime() + timeoutNanos;
        for (long remaining = timeoutNanos; remaining > 0; remaining = deadline - System.nanoTime()) {
            if (loop.isTerminated()) {
                return CLOSED; // closed from another thread: the loop has closed the channel and stopped
            }
            loop.run(remaining);
            message = arrived.poll();
            if (message != null) {
                return message;
            }
        }
        return null;
    }

    @Override
    public boolean releasableHere() {
        if (loop.inEventLoop()) {
            return true;
        }
        loop.shutdownGracefully(0, 0, TimeUnit.NANOSECONDS); // wakes the owner; its run of the loop closes the channel
        return false;
    }

    /** Runs the loop to its end: it closes the channel's registration and runs what is left (the last reads). */
    @Override
    public void shutDown() {
        loop.shutdownGracefully(0, 0, TimeUnit.NANOSECONDS);
        await(loop.terminationFuture(), CLOSE_NANOS);
    }

    @Override
    public void drain() {
        for (Object message = arrived.poll(); message != null; message = arrived.poll()) {
            ReferenceCountUtil.release(message);
        }
    }
}
