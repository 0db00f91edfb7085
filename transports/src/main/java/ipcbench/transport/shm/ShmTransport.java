package ipcbench.transport.shm;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transport;
import ipcbench.transport.stream.StreamClientConnection;
import ipcbench.transport.stream.StreamResponder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * Shared memory: two Agrona rings in a file both processes map ({@link SharedRings}), read and
 * written as a {@link RingStream}, so the framing, the daemon's loop and the verified client are
 * the stream transports' own. One client at a time; a client that closes ends its session and the
 * daemon waits for the next. Two ways to wait: {@code shm-spin} busy-spins on both sides (each
 * needs a CPU of its own), {@code shm-park} spins briefly, then yields, then parks (an idle pair
 * costs no CPU; a wake-up costs the park's latency).
 */
public final class ShmTransport implements Transport {
    private static final String FILE = "rings.shm";

    private final String id;
    private final boolean spins;
    private final Supplier<IdleStrategy> idle;

    private ShmTransport(String id, boolean spins, Supplier<IdleStrategy> idle) {
        this.id = id;
        this.spins = spins;
        this.idle = idle;
    }

    public static ShmTransport spinning() {
        return new ShmTransport("shm-spin", true, BusySpinIdleStrategy::new);
    }

    /** Agrona's backoff: 10 spins, 5 yields, then parks from 1 us doubling to 1 ms. */
    public static ShmTransport parking() {
        return new ShmTransport("shm-park", false, () -> new BackoffIdleStrategy(10, 5, 1_000, 1_000_000));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "shared memory: two Agrona OneToOneRingBuffers in a mapped file, "
                + (spins ? "both sides busy-spin" : "spin, yield, then park when idle");
    }

    @Override
    public int maxClients() {
        return 1;
    }

    @Override
    public boolean needsOwnCpus() {
        return spins;
    }

    @Override
    public Server bind(ServerConfig config) throws IOException {
        Path file = config.directory().resolve(FILE);
        SharedRings rings = SharedRings.create(file);
        return new Server() {
            private volatile boolean closed;
            private volatile RingStream current;

            @Override
            public String address() {
                return file.toString();
            }

            @Override
            public String model() {
                return "one client at a time on a ring pair, " + (spins ? "busy-spinning" : "spin-yield-park");
            }

            @Override
            public void serve() {
                // The daemon's parent watch ends it if its client's process dies without ending the session.
                BooleanSupplier alive = () -> !closed;
                for (long client = 1; !closed; client++) {
                    current = new RingStream(rings.requests, rings.responses, 0, idle.get(), alive);
                    if (!closed) {
                        new StreamResponder(current, config, "client " + client).run();
                    }
                }
            }

            @Override
            public void close() throws IOException {
                closed = true;
                RingStream stream = current;
                if (stream != null) {
                    stream.abort(); // a wait in progress fails; serve() sees closed
                }
                rings.remove();
            }
        };
    }

    @Override
    public ClientConnection connect(Endpoint endpoint, ClientConfig config) throws IOException {
        Path file = Path.of(endpoint.address());
        if (!Files.exists(file)) {
            throw new IOException(id + ": no ring file at " + file + "; " + endpoint.peer().describe());
        }
        SharedRings rings = SharedRings.open(file);
        int session = (int) (rings.requests.nextCorrelationId() % 1_000_000_000L) + 1;
        Process daemon = endpoint.process();
        BooleanSupplier alive = daemon == null ? () -> true : daemon::isAlive;
        return new StreamClientConnection(new RingStream(rings.responses, rings.requests, session, idle.get(), alive),
                endpoint, config);
    }
}
