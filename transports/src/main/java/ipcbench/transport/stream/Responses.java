package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.nio.ByteBuffer;

/**
 * The daemon's answer to the frame a {@link FrameReader} holds, for one connection, whatever
 * schedules it. An echo (or a shorter answer) is written from the request's own bytes in place;
 * a longer answer is built in a second buffer, taken from the daemon's frame budget like the
 * request buffer's growth. Steady state allocates nothing.
 */
final class Responses {
    private final ByteStream stream;
    private final ServerConfig config;
    private ByteBuffer readBuf;
    private ByteBuffer readView;
    private ByteBuffer response;

    Responses(ByteStream stream, ServerConfig config) {
        this.stream = stream;
        this.config = config;
    }

    /**
     * The bytes to write for the reader's current frame, or null when it asks for no response.
     * The buffer stays valid until the reader is advanced.
     */
    ByteBuffer answer(FrameReader reader) throws FrameException {
        ByteBuffer buf = reader.buffer();
        int at = reader.frameOffset();
        int requestLength = Frame.payloadLength(buf, at);
        int responseLength = Frame.responseLength(buf, at);
        config.stall().beforeResponse();
        if (responseLength == Frame.NO_RESPONSE) {
            return null;
        }
        int sequence = Frame.sequence(buf, at);
        if (responseLength <= requestLength) {
            Frame.putHeader(buf, at, responseLength, requestLength, sequence);
            return view(buf, at, Frame.HEADER_BYTES + responseLength);
        }
        ByteBuffer out = responseBuffer(Frame.HEADER_BYTES + responseLength);
        Frame.putHeader(out, 0, responseLength, requestLength, sequence);
        out.put(Frame.HEADER_BYTES, buf, at + Frame.HEADER_BYTES, requestLength);
        out.put(Frame.HEADER_BYTES + requestLength, Payload.sharedPattern(responseLength), requestLength,
                responseLength - requestLength);
        out.limit(Frame.HEADER_BYTES + responseLength).position(0);
        return out;
    }

    /** Gives the response buffer back to the budget: the connection is done. */
    void release() {
        if (response != null) {
            config.budget().release(response.capacity());
            response = null;
        }
    }

    /** A view of the reader's buffer for writing, made again only when the reader grows its buffer. */
    private ByteBuffer view(ByteBuffer buf, int at, int length) {
        if (buf != readBuf) {
            readBuf = buf;
            readView = buf.duplicate();
        }
        readView.limit(at + length).position(at);
        return readView;
    }

    private ByteBuffer responseBuffer(int capacity) throws FrameException {
        if (response == null || response.capacity() < capacity) {
            int held = response == null ? 0 : response.capacity();
            if (!config.budget().tryReserve(capacity - held)) {
                throw new FrameException("a response of " + capacity + " bytes is over the daemon's frame budget ("
                        + config.budget().describe() + ")");
            }
            response = stream.allocate(capacity);
            config.budget().release(held); // the smaller buffer is dropped
        }
        response.clear();
        return response;
    }
}
