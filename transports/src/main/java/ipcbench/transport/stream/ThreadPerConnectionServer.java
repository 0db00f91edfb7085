package ipcbench.transport.stream;

import ipcbench.transport.ByteStream;
import ipcbench.transport.RejectedConnectionException;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The natural daemon for a blocking API: an accept loop and one thread per connection, each
 * running the shared {@link StreamResponder}. Platform threads come from a pool that keeps idle
 * ones (as a production daemon's would), so that short connections measure the transport rather
 * than thread start-up; virtual threads are made per connection, as they are meant to be.
 */
public final class ThreadPerConnectionServer implements Server {
    private final Listener listener;
    private final ServerConfig config;
    private final Set<ByteStream> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private final String model;
    private volatile boolean closed;

    /** With {@code virtual}, a virtual thread per connection; else a pooled platform thread. */
    public ThreadPerConnectionServer(Listener listener, ServerConfig config, boolean virtual) {
        this.listener = listener;
        this.config = config;
        this.threads = virtual ? ConnectionThreads.virtual() : ConnectionThreads.pooled();
        this.model = virtual ? "virtual thread per connection" : "thread per connection (pooled)";
    }

    @Override
    public String address() {
        return listener.address();
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public void serve() throws IOException {
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
            threads.execute(() -> {
                try {
                    new StreamResponder(stream, config, name).run();
                } finally {
                    open.remove(stream);
                }
            });
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        threads.shutdown();
        listener.close();
        for (ByteStream stream : open) {
            stream.close();
        }
    }
}
