package ipcbench.transport.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.Payload;
import java.util.ArrayList;

/**
 * The client's request frames, filled with the payload pattern once and sent again, so a send
 * only writes the header and the sequence stamp, as the stream transports' client does. A frame
 * is reused once Netty has written and released it (only our reference is left). While the
 * oldest one is still queued in the channel (a sender ahead of the socket: Stream, the load
 * generator) another is added, up to {@value #MAX_BYTES} bytes of them; beyond that a send takes
 * a frame of its own, which Netty frees once written. Used by the one sending thread only.
 */
final class RequestFrames {
    static final int MAX_BYTES = 8 << 20;

    private final ByteBufAllocator alloc;
    private final ArrayList<ByteBuf> ring = new ArrayList<>();
    private int next;
    private int payloadCapacity = -1;
    private ByteBuf pattern = Unpooled.EMPTY_BUFFER;

    RequestFrames(ByteBufAllocator alloc) {
        this.alloc = alloc;
    }

    /** A frame holding this request, with a reference for the channel to release once written. */
    ByteBuf take(int sequence, int requestLength, int responseLength) {
        if (requestLength > payloadCapacity) {
            release(); // frames still queued are freed by the channel once written
            payloadCapacity = requestLength;
            pattern = Unpooled.wrappedBuffer(Payload.pattern(requestLength));
        }
        ByteBuf frame;
        if (!ring.isEmpty() && ring.get(next).refCnt() == 1) {
            frame = ring.get(next).retain();
            next = (next + 1) % ring.size();
        } else if ((ring.size() + 1L) * (Frame.HEADER_BYTES + payloadCapacity) <= MAX_BYTES || ring.isEmpty()) {
            frame = newFrame().retain();
            ring.add(next, frame); // before the oldest queued frame, so the ring stays in sending order
            next = (next + 1) % ring.size();
        } else {
            frame = newFrame();
        }
        frame.setIndex(0, Frame.HEADER_BYTES + requestLength)
                .setInt(0, requestLength).setInt(4, responseLength).setInt(8, Frame.MAGIC).setInt(12, sequence);
        if (Payload.stamped(requestLength)) {
            frame.setInt(Frame.HEADER_BYTES, sequence);
        } else {
            frame.setBytes(Frame.HEADER_BYTES, pattern, 0, requestLength); // over an earlier stamp
        }
        return frame;
    }

    private ByteBuf newFrame() {
        ByteBuf frame = alloc.directBuffer(Frame.HEADER_BYTES + payloadCapacity);
        frame.setBytes(Frame.HEADER_BYTES, pattern, 0, payloadCapacity);
        return frame;
    }

    /** Gives up our references; frames the channel still holds are freed when it is done with them. */
    void release() {
        for (ByteBuf frame : ring) {
            frame.release();
        }
        ring.clear();
        next = 0;
        pattern.release();
        pattern = Unpooled.EMPTY_BUFFER;
        payloadCapacity = -1;
    }
}
