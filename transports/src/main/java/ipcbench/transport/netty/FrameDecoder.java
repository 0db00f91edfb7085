package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import ipcbench.transport.FrameBudget;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cuts the byte stream into frames: the length at offset 0 counts the payload only, and the other
 * 12 header bytes follow it. Unlike Netty's decoder it reports a frame cut short by the end of
 * the connection, and a negative length as such, as the stream transports do. A daemon's decoder
 * also holds the bytes of a frame in progress against the daemon's frame budget (the cumulation
 * grows with the bytes received, beyond {@link FrameBudget#FREE_BYTES} it is counted), and cuts
 * off a client whose frame is not complete within the frame deadline.
 */
final class FrameDecoder extends LengthFieldBasedFrameDecoder {
    private final FrameBudget budget;
    private final long deadlineNanos;
    private long reserved;      // this connection's share of the budget
    private long framesDecoded; // the deadline's sign of progress
    private boolean partial;    // bytes of an incomplete frame are held
    private ScheduledFuture<?> deadline;

    /** A client's: it reads what it asked for, no budget, no deadline. */
    FrameDecoder(int maxPayload) {
        this(maxPayload, FrameBudget.UNLIMITED, 0);
    }

    /** A daemon's, with its budget and frame deadline. */
    FrameDecoder(ServerConfig config) {
        this(config.maxPayload(), config.budget(), config.frameDeadline().toNanos());
    }

    private FrameDecoder(int maxPayload, FrameBudget budget, long deadlineNanos) {
        super(Frame.HEADER_BYTES + maxPayload, 0, 4, Frame.HEADER_BYTES - 4, 0);
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
    }

    /** Signed, as the stream transports read it, so a negative length is reported as negative. */
    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        return buf.getInt(offset);
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        Object frame = super.decode(ctx, in);
        if (frame != null) {
            framesDecoded++;
        }
        hold(in);
        partial = in.isReadable();
        if (partial && deadline == null && deadlineNanos > 0) {
            arm(ctx, framesDecoded);
        }
        return frame;
    }

    /** Counts what this connection holds of an incomplete frame against the budget. */
    private void hold(ByteBuf in) throws FrameException {
        long counted = Math.max(0, in.readableBytes() - FrameBudget.FREE_BYTES);
        if (counted > reserved) {
            if (!budget.tryReserve(counted - reserved)) {
                String declared = in.readableBytes() >= 4 ? " of a frame of " + (Frame.HEADER_BYTES
                        + (long) in.getInt(in.readerIndex())) + " bytes" : "";
                throw new FrameException(in.readableBytes() + " bytes" + declared
                        + " are over the daemon's frame budget (" + budget.describe() + ")");
            }
        } else if (counted < reserved) {
            budget.release(reserved - counted);
        }
        reserved = counted;
    }

    /** Fires when a frame that was in progress at {@code seen} frames has not been followed by another. */
    private void arm(ChannelHandlerContext ctx, long seen) {
        deadline = ctx.executor().schedule(() -> {
            deadline = null;
            if (!partial || !ctx.channel().isActive()) {
                return;
            }
            if (framesDecoded == seen) {
                ctx.fireExceptionCaught(new FrameException("a frame not complete "
                        + TimeUnit.NANOSECONDS.toMillis(deadlineNanos) + " ms after its first byte (a slow or stuck client)"));
            } else {
                arm(ctx, framesDecoded); // an earlier frame completed; this one gets its own deadline
            }
        }, deadlineNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (in.isReadable()) {
            int unfinished = in.readableBytes();
            in.skipBytes(unfinished);
            throw new FrameException("truncated frame: the connection ended " + unfinished + " bytes into a frame");
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        budget.release(reserved);
        reserved = 0;
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
