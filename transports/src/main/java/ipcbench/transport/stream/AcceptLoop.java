package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.RejectedConnectionException;
import ipcbench.transport.ServerConfig;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A blocking daemon's accept loop over a {@link Listener}: names each connection, logs and skips
 * one that is refused, ends quietly once closed, and keeps the streams still open so that closing
 * the daemon closes them too. What serves a stream is the daemon's own ({@link Handler}).
 */
public final class AcceptLoop {
    /** Takes over one accepted stream; calls {@link #ended} when done with it. */
    @FunctionalInterface
    public interface Handler {
        /** @return whether the loop stops here (a daemon that serves one stream) */
        boolean accepted(ByteStream stream, String name) throws IOException;
    }

    private final Listener listener;
    private final ServerConfig config;
    private final Set<ByteStream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public AcceptLoop(Listener listener, ServerConfig config) {
        this.listener = listener;
        this.config = config;
    }

    public String address() {
        return listener.address();
    }

    /** Accepts until closed (or the handler says stop), handing each stream to {@code handler}. */
    public void run(Handler handler) throws IOException {
        long connections = 0;
        while (!closed) {
            ByteStream stream;
            String name = "connection " + ++connections;
            try {
                stream = listener.accept();
            } catch (RejectedConnectionException e) {
                config.log().log(name + " rejected: " + e.getMessage());
                continue;
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                throw e;
            }
            open.add(stream);
            if (handler.accepted(stream, name)) {
                return;
            }
        }
    }

    /** The handler is done with {@code stream} (and has closed it). */
    public void ended(ByteStream stream) {
        open.remove(stream);
    }

    /** Stops accepting, then closes the streams still open. */
    public void close() throws IOException {
        closed = true;
        try {
            listener.close();
        } finally {
            for (ByteStream stream : open) {
                stream.close();
            }
        }
    }
}
