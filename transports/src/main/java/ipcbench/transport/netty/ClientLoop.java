package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.Future;
import java.nio.ByteBuffer;

/**
 * Which thread runs a Netty client connection's I/O, and how the responses its pipeline decodes
 * reach the thread that receives them: {@link HandoffLoop} (Netty's client event loop thread,
 * handing each over) or {@link CallerLoop} (the receiving thread runs the connection's own loop).
 * {@link NettyClientConnection} is the rest, the same for both.
 */
interface ClientLoop {
    /** Queued by the pipeline after the last response: the connection has ended. */
    Object CLOSED = new Object();

    /** The loop the channel registers with. */
    EventLoopGroup group();

    /** Where the channel's buffers come from. */
    ByteBufAllocator allocator();

    /** A received frame's bytes for verification, from its reader index on (at the view's position). */
    ByteBuffer view(ByteBuf frame);

    /** Waits for {@code future} (a connect, a close) at most {@code timeoutNanos}; whether it completed. */
    boolean await(Future<?> future, long timeoutNanos);

    /**
     * The pipeline's side, on the channel's event loop: a decoded response, a failure, or
     * {@link #CLOSED}. False when the receiver is too far behind to take it.
     */
    boolean offer(Object message);

    /** The receiver's side: the next message in order, or null when none came within {@code timeoutNanos}. */
    Object poll(long timeoutNanos);

    /**
     * Whether the calling thread may release the connection. When it may not (a caller-run
     * loop closed from another thread), this asks the loop's owner to end it instead: a receive
     * blocked there returns, and the owner's own close releases.
     */
    boolean releasableHere();

    /** Ends the loop if it is the connection's own; after the channel's close, on a thread {@link #releasableHere()} allowed. */
    void shutDown();

    /** After {@link #shutDown()}: frees the responses that arrived and were never received. */
    void drain();
}
