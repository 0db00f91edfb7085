package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.wire.FrameException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;

/**
 * The daemon's request loop on one blocking byte stream, shared by every stream transport's
 * threaded server models: read a frame, write its {@link Responses answer}, until the client
 * closes. Invalid input, a frame over the budget, or a frame that does not arrive within the
 * deadline (a slow or stuck client) closes this connection with a log line and leaves every
 * other connection alone.
 */
public final class StreamResponder {
    private final ByteStream stream;
    private final ServerConfig config;
    private final String name;
    private final Watchdog.Guard frameDeadline;
    private final FrameReader reader;
    private final Responses responses;

    public StreamResponder(ByteStream stream, ServerConfig config, String name) {
        this.stream = stream;
        this.config = config;
        this.name = name;
        this.frameDeadline = Watchdog.guard(config.frameDeadline().toNanos(), this::cutOff);
        this.reader = new FrameReader(stream, config.maxPayload(), config.budget(), frameDeadline);
        this.responses = new Responses(stream, config);
    }

    /** Serves until the stream ends or fails, then closes it. Never throws. */
    public void run() {
        try (stream) {
            while (reader.next()) {
                respond();
            }
        } catch (FrameException e) {
            if (!frameDeadline.expired()) { // else said: a stream cut off mid-frame reads as truncated
                config.log().log(name + " closed: " + e.getMessage());
            }
        } catch (IOException e) {
            if (!frameDeadline.expired() && !(e instanceof ClosedChannelException)) { // else: said, or shut down
                config.log().log(name + " closed: " + e);
            }
        } catch (RuntimeException e) {
            config.log().log(name + " closed after an internal error: " + e);
        } finally {
            frameDeadline.close();
            reader.release();
            responses.release();
        }
    }

    /** On the watchdog's thread: the frame in progress is overdue; closing makes the blocked read return. */
    private void cutOff() {
        config.log().log(name + " closed: a frame not complete " + config.frameDeadline().toMillis()
                + " ms after its first byte (a slow or stuck client)");
        try {
            stream.abort();
        } catch (IOException e) {
            // closed anyway
        }
    }

    private void respond() throws IOException {
        ByteBuffer out = responses.answer(reader);
        if (out != null) {
            stream.write(out);
        }
    }
}
