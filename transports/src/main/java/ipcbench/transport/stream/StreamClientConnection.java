package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.wire.Frame;
import ipcbench.transport.wire.FrameException;
import ipcbench.transport.wire.Payload;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The client end of every stream transport: writes a request frame with one write call, reads
 * its response through a {@link FrameReader}, verifies it, all from reused buffers. Every call
 * is under the {@link Watchdog}'s deadline. One thread may send while another receives (a
 * pipelining load generator); each direction has its own guard.
 */
public final class StreamClientConnection implements ClientConnection {
    private final ByteStream stream;
    private final Endpoint endpoint;
    private final FrameReader reader;
    private final ResponseCheck check = new ResponseCheck();
    private final Watchdog.Guard sending;
    private final Watchdog.Guard receiving;
    private ByteBuffer request;

    public StreamClientConnection(ByteStream stream, Endpoint endpoint, ClientConfig config) {
        this.stream = stream;
        this.endpoint = endpoint;
        this.reader = new FrameReader(stream, config.maxPayload());
        this.request = requestBuffer(stream, 0);
        Runnable giveUp = () -> {
            endpoint.peer().kill();
            closeQuietly();
        };
        this.sending = Watchdog.guard(config.deadline().toNanos(), giveUp);
        this.receiving = Watchdog.guard(config.deadline().toNanos(), giveUp);
    }

    @Override
    public void send(int sequence, int requestLength, int responseLength) throws IOException {
        int frameLength = Frame.HEADER_BYTES + requestLength;
        if (request.capacity() < frameLength) {
            request = requestBuffer(stream, requestLength);
        }
        request.clear();
        Frame.putHeader(request, 0, requestLength, responseLength, sequence);
        if (Payload.stamped(requestLength)) {
            request.putInt(Frame.HEADER_BYTES, sequence);
        } else {
            Payload.fillPattern(request, Frame.HEADER_BYTES, requestLength); // over an earlier stamp
        }
        request.limit(frameLength).position(0);
        sending.enter();
        try {
            stream.write(request);
        } catch (IOException e) {
            throw Failures.of(endpoint, sending, "sending request " + sequence, e);
        } finally {
            sending.exit();
        }
    }

    @Override
    public void receive(int sequence, int requestLength, int responseLength) throws IOException {
        receiving.enter();
        boolean more;
        try {
            more = reader.next(responseLength);
        } catch (IOException e) {
            throw Failures.of(endpoint, receiving, "waiting for response " + sequence, e);
        } finally {
            receiving.exit();
        }
        if (!more) {
            throw Failures.closed(endpoint, receiving, "waiting for response " + sequence);
        }
        try {
            check.verify(reader.buffer(), reader.frameOffset(), sequence, requestLength, responseLength);
        } catch (FrameException e) {
            throw new FrameException(endpoint.transportId() + ": " + e.getMessage());
        }
    }

    private static ByteBuffer requestBuffer(ByteStream stream, int payloadLength) {
        ByteBuffer buf = stream.allocate(Frame.HEADER_BYTES + payloadLength);
        Payload.fillPattern(buf, Frame.HEADER_BYTES, payloadLength);
        return buf;
    }

    private void closeQuietly() {
        try {
            stream.abort();
        } catch (IOException e) {
            // closing only to unblock a call that missed its deadline
        }
    }

    @Override
    public void close() throws IOException {
        sending.close();
        receiving.close();
        stream.close();
    }
}
