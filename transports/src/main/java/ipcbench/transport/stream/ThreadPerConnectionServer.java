package ipcbench.transport.stream;

import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import java.io.IOException;
import java.util.concurrent.ExecutorService;

/**
 * The natural daemon for a blocking API: an accept loop and one thread per connection, each
 * running the shared {@link StreamResponder}. Platform threads come from a pool that keeps idle
 * ones (as a production daemon's would), so that short connections measure the transport rather
 * than thread start-up; virtual threads are made per connection, as they are meant to be.
 */
public final class ThreadPerConnectionServer implements Server {
    private final AcceptLoop connections;
    private final ServerConfig config;
    private final ExecutorService threads;
    private final String model;

    /** With {@code virtual}, a virtual thread per connection; else a pooled platform thread. */
    public ThreadPerConnectionServer(Listener listener, ServerConfig config, boolean virtual) {
        this.connections = new AcceptLoop(listener, config);
        this.config = config;
        this.threads = virtual ? ConnectionThreads.virtual() : ConnectionThreads.pooled();
        this.model = virtual ? "virtual thread per connection" : "thread per connection (pooled)";
    }

    @Override
    public String address() {
        return connections.address();
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public void serve() throws IOException {
        connections.run((stream, name) -> {
            threads.execute(() -> {
                try {
                    new StreamResponder(stream, config, name).run();
                } finally {
                    connections.ended(stream);
                }
            });
            return false;
        });
    }

    @Override
    public void close() throws IOException {
        threads.shutdown();
        connections.close();
    }
}
