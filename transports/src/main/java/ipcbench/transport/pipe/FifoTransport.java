package ipcbench.transport.pipe;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.stream.ChannelStream;
import ipcbench.transport.stream.StreamClientConnection;
import ipcbench.transport.stream.StreamResponder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A pair of named pipes (FIFOs, mode 0600) in the daemon's private directory: one carries
 * requests, one responses. A pair serves one client at a time; the daemon opens it again for
 * the next client.
 */
public final class FifoTransport implements Transport {
    static final String REQUESTS = "requests.fifo";
    static final String RESPONSES = "responses.fifo";

    @Override
    public String id() {
        return "pipe-fifo";
    }

    @Override
    public String description() {
        return "named pipes: a FIFO for requests and one for responses (FileChannel)";
    }

    @Override
    public int maxClients() {
        return 1;
    }

    @Override
    public Server bind(ServerConfig config) throws IOException {
        Path requests = config.directory().resolve(REQUESTS);
        Path responses = config.directory().resolve(RESPONSES);
        Fifos.create(requests);
        Fifos.create(responses);
        return new Server() {
            private volatile boolean closed;
            private volatile ChannelStream current;

            @Override
            public String address() {
                return config.directory().toString();
            }

            @Override
            public String model() {
                return "one client at a time on a FIFO pair";
            }

            @Override
            public void serve() throws IOException {
                for (long client = 1; !closed; client++) {
                    // Same order as the client (requests, then responses), so neither open blocks forever.
                    FileChannel in = FileChannel.open(requests, StandardOpenOption.READ);
                    if (closed) {
                        in.close();
                        return;
                    }
                    FileChannel out = FileChannel.open(responses, StandardOpenOption.WRITE);
                    current = new ChannelStream(in, out, () -> {
                        try (in; out) {
                            // closes both
                        }
                    });
                    if (!closed) {
                        new StreamResponder(current, config, "client " + client).run();
                    }
                    current.close();
                }
            }

            @Override
            public void close() throws IOException {
                closed = true;
                ChannelStream stream = current;
                if (stream != null) {
                    stream.close();
                }
                // Wakes serve() if it is blocked opening a FIFO, then removes the pair.
                Fifos.unblockOpeners(requests);
                Fifos.unblockOpeners(responses);
                Files.deleteIfExists(requests);
                Files.deleteIfExists(responses);
            }
        };
    }

    @Override
    public ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException {
        Path directory = Path.of(endpoint.address());
        Path requests = directory.resolve(REQUESTS);
        Path responses = directory.resolve(RESPONSES);
        FutureTask<ChannelStream> opening = new FutureTask<>(() -> {
            FileChannel out = FileChannel.open(requests, StandardOpenOption.WRITE);
            FileChannel in = FileChannel.open(responses, StandardOpenOption.READ);
            return new ChannelStream(in, out, () -> {
                try (in; out) {
                    // closes both
                }
            });
        });
        Thread opener = new Thread(opening, "ipcbench-fifo-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return new StreamClientConnection(opening.get(config.deadline().toMillis(), TimeUnit.MILLISECONDS),
                    endpoint, config);
        } catch (TimeoutException e) {
            Fifos.unblockOpeners(requests);
            Fifos.unblockOpeners(responses);
            throw new IOException(id() + ": the daemon did not open its FIFOs within " + config.deadline().toMillis()
                    + " ms (a FIFO pair serves one client at a time); " + endpoint.peer().describe());
        } catch (ExecutionException e) {
            throw new IOException(id() + ": cannot open the FIFOs in " + directory + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(id() + ": interrupted while opening the FIFOs", e);
        }
    }
}
