package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;

/**
 * The daemon's request loop on one byte stream, shared by every stream transport: read a frame,
 * answer it, until the client closes. An echo (or a shorter answer) is written from the request's
 * own bytes in place; a longer answer is built in a second buffer, taken from the daemon's frame
 * budget like the request buffer's growth. Invalid input, a frame over the budget, or a frame
 * that does not arrive within the deadline (a slow or stuck client) closes this connection with
 * a log line and leaves every other connection alone.
 */
public final class StreamResponder {
    private final ByteStream stream;
    private final ServerConfig config;
    private final String name;
    private final Watchdog.Guard frameDeadline;
    private final FrameReader reader;
    private ByteBuffer readBuf;
    private ByteBuffer readView;
    private ByteBuffer response;

    public StreamResponder(ByteStream stream, ServerConfig config, String name) {
        this.stream = stream;
        this.config = config;
        this.name = name;
        this.frameDeadline = Watchdog.guard(config.frameDeadline().toNanos(), this::cutOff);
        this.reader = new FrameReader(stream, config.maxPayload(), config.budget(), frameDeadline);
    }

    /** Serves until the stream ends or fails, then closes it. Never throws. */
    public void run() {
        try (stream) {
            while (reader.next()) {
                respond();
            }
        } catch (FrameException e) {
            config.log().log(name + " closed: " + e.getMessage());
        } catch (IOException e) {
            if (!frameDeadline.expired() && !(e instanceof ClosedChannelException)) { // else: said, or shut down
                config.log().log(name + " closed: " + e);
            }
        } catch (RuntimeException e) {
            config.log().log(name + " closed after an internal error: " + e);
        } finally {
            frameDeadline.close();
            reader.release();
            if (response != null) {
                config.budget().release(response.capacity());
            }
        }
    }

    /** On the watchdog's thread: the frame in progress is overdue; closing makes the blocked read return. */
    private void cutOff() {
        config.log().log(name + " closed: a frame not complete " + config.frameDeadline().toMillis()
                + " ms after its first byte (a slow or stuck client)");
        try {
            stream.close();
        } catch (IOException e) {
            // closed anyway
        }
    }

    private void respond() throws IOException {
        ByteBuffer buf = reader.buffer();
        int at = reader.frameOffset();
        int requestLength = Frame.payloadLength(buf, at);
        int responseLength = Frame.responseLength(buf, at);
        config.stall().beforeResponse();
        if (responseLength == Frame.NO_RESPONSE) {
            return;
        }
        int sequence = Frame.sequence(buf, at);
        if (responseLength <= requestLength) {
            Frame.putHeader(buf, at, responseLength, requestLength, sequence);
            stream.write(view(buf, at, Frame.HEADER_BYTES + responseLength));
        } else {
            ByteBuffer out = responseBuffer(Frame.HEADER_BYTES + responseLength);
            Frame.putHeader(out, 0, responseLength, requestLength, sequence);
            out.put(Frame.HEADER_BYTES, buf, at + Frame.HEADER_BYTES, requestLength);
            out.put(Frame.HEADER_BYTES + requestLength, Payload.sharedPattern(responseLength), requestLength,
                    responseLength - requestLength);
            out.limit(Frame.HEADER_BYTES + responseLength).position(0);
            stream.write(out);
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
