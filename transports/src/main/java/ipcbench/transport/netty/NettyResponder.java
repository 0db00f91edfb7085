package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import ipcbench.transport.FrameBudget;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The daemon's request handling in a Netty pipeline, after the frame decoder: the same rules as
 * the stream transports' responder (echo in place, longer answers padded with the pattern),
 * with responses flushed once per read batch.
 */
final class NettyResponder extends ChannelInboundHandlerAdapter {
    private final ServerConfig config;
    private final String name;
    private ByteBuffer patternView;

    NettyResponder(ServerConfig config, String name) {
        this.config = config;
        this.name = name;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws IOException {
        ByteBuf frame = (ByteBuf) msg;
        int at = frame.readerIndex();
        int requestLength = frame.getInt(at);
        int responseLength = frame.getInt(at + 4);
        int sequence = frame.getInt(at + 12);
        try {
            Frame.checkHeader(requestLength, responseLength, frame.getInt(at + 8), config.maxPayload());
        } catch (IOException e) {
            frame.release();
            throw e;
        }
        config.stall().beforeResponse();
        if (responseLength == Frame.NO_RESPONSE) {
            frame.release();
            return;
        }
        ByteBuf response;
        long held = 0;
        if (responseLength <= requestLength) {
            response = frame.writerIndex(at + Frame.HEADER_BYTES + responseLength);
        } else {
            held = reserve(Frame.HEADER_BYTES + responseLength, frame);
            response = ctx.alloc().directBuffer(Frame.HEADER_BYTES + responseLength);
            response.writeZero(Frame.HEADER_BYTES)
                    .writeBytes(frame, at + Frame.HEADER_BYTES, requestLength)
                    .writeBytes(pattern(responseLength).position(requestLength));
            frame.release();
            at = 0;
        }
        response.setInt(at, responseLength).setInt(at + 4, requestLength)
                .setInt(at + 8, Frame.MAGIC).setInt(at + 12, sequence);
        if (held > 0) { // until written: a client that does not read its responses keeps holding the budget
            long bytes = held;
            ctx.write(response).addListener(written -> config.budget().release(bytes));
        } else {
            ctx.write(response, ctx.voidPromise());
        }
    }

    /** Takes a long response's bytes beyond the free part from the budget; refuses it (and drops the request) if not there. */
    private long reserve(int size, ByteBuf request) throws FrameException {
        long counted = Math.max(0, size - FrameBudget.FREE_BYTES);
        if (!config.budget().tryReserve(counted)) {
            request.release();
            throw new FrameException("a response of " + size + " bytes is over the daemon's frame budget ("
                    + config.budget().describe() + ")");
        }
        return counted;
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        config.log().log(name + " closed: " + reason(cause));
        ctx.close();
    }

    /** The decoder's own errors and ours (wrapped in a DecoderException) say enough by their message. */
    private static String reason(Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        return root instanceof IOException || root instanceof DecoderException ? root.getMessage() : root.toString();
    }

    /** The shared pattern up to {@code length}, through a view of this connection's (absolute reads leave it as it is). */
    private ByteBuffer pattern(int length) {
        ByteBuffer shared = Payload.sharedPattern(length);
        if (patternView == null || patternView.capacity() != shared.capacity()) {
            patternView = shared.duplicate();
        }
        return patternView.limit(length);
    }
}
