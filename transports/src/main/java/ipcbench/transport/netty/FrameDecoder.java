package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Cuts the byte stream into frames: the length at offset 0 counts the payload only, and the other
 * 12 header bytes follow it. Unlike Netty's decoder it reports a frame cut short by the end of
 * the connection, and a negative length as such, as the stream transports do.
 */
final class FrameDecoder extends LengthFieldBasedFrameDecoder {

    FrameDecoder(int maxPayload) {
        super(Frame.HEADER_BYTES + maxPayload, 0, 4, Frame.HEADER_BYTES - 4, 0);
    }

    /** Signed, as the stream transports read it, so a negative length is reported as negative. */
    @Override
    protected long getUnadjustedFrameLength(ByteBuf buf, int offset, int length, ByteOrder order) {
        return buf.getInt(offset);
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
}
