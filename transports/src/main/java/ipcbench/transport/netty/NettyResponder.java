package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.Payload;
import java.io.IOException;

/**
 * The daemon's request handling in a Netty pipeline, after the frame decoder: the same rules as
 * the stream transports' responder (echo in place, longer answers padded with the pattern),
 * with responses flushed once per read batch.
 */
final class NettyResponder extends ChannelInboundHandlerAdapter {
    private final ServerConfig config;
    private final String name;
    private ByteBuf pattern = Unpooled.EMPTY_BUFFER;

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
        if (responseLength <= requestLength) {
            response = frame.writerIndex(at + Frame.HEADER_BYTES + responseLength);
        } else {
            response = ctx.alloc().directBuffer(Frame.HEADER_BYTES + responseLength);
            response.writeZero(Frame.HEADER_BYTES)
                    .writeBytes(frame, at + Frame.HEADER_BYTES, requestLength)
                    .writeBytes(pattern(responseLength), requestLength, responseLength - requestLength);
            frame.release();
            at = 0;
        }
        response.setInt(at, responseLength).setInt(at + 4, requestLength)
                .setInt(at + 8, Frame.MAGIC).setInt(at + 12, sequence);
        ctx.write(response, ctx.voidPromise());
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

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        pattern.release();
    }

    private ByteBuf pattern(int length) {
        if (pattern.capacity() < length) {
            pattern.release();
            pattern = Unpooled.wrappedBuffer(Payload.pattern(length));
        }
        return pattern;
    }
}
