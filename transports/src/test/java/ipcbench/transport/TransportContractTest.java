package ipcbench.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.daemon.TestJdks;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every transport must do, against a real daemon. A transport's test is a subclass that
 * names it (and, for the in-process comparison point, the mode; for a server or client model
 * other than the transport's own, the model). A transport that cannot run here (its
 * {@link Transport#unavailabilityCause()}: io_uring under Docker's seccomp profile) is skipped
 * with the cause.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class TransportContractTest {
    private Daemon daemon;

    protected abstract String transportId();

    protected Daemon.Mode mode() {
        return Daemon.Mode.PROCESS;
    }

    protected ServerModel serverModel() {
        return ServerModel.DEFAULT;
    }

    protected ClientModel clientModel() {
        return ClientModel.DEFAULT;
    }

    protected Transport transport() {
        return Transports.get(transportId());
    }

    @BeforeEach
    void startDaemon() throws Exception {
        String cause = transport().unavailabilityCause();
        assumeTrue(cause == null, () -> transportId() + " is not available here: " + cause);
        DaemonOptions options = DaemonOptions.defaults().withServerModel(serverModel());
        if (serverModel() == ServerModel.VIRTUAL) {
            options = options.withJava(TestJdks.requireAtLeast(21));
        }
        daemon = Daemon.start(transport(), mode(), options);
        assertTrue(serverModel() == ServerModel.DEFAULT || daemon.model().contains(serverModel() == ServerModel.VIRTUAL
                ? "virtual" : "selector"), "the daemon runs " + daemon.model());
    }

    @AfterEach
    void stopDaemon() throws Exception {
        if (daemon != null) { // null when skipped
            daemon.close();
        }
    }

    private ClientConnection connect() throws Exception {
        return daemon.connect(ClientConfig.defaults().withModel(clientModel()));
    }

    @Test
    void echoesEverySizeIncludingPartialReadsAndWrites() throws Exception {
        try (ClientConnection client = connect()) {
            int sequence = 0;
            for (int size : new int[] {0, 1, 64, 65536, 1 << 20, 64, 0}) {
                for (int i = 0; i < 3; i++) {
                    client.roundTrip(sequence++, size, size);
                }
            }
        }
    }

    @Test
    void answersWithTheResponseSizeAskedFor() throws Exception {
        try (ClientConnection client = connect()) {
            int sequence = 1;
            int[][] shapes = {{64, 16384}, {16384, 64}, {0, 100}, {100, 0}, {3, 5}, {1 << 20, 7}, {7, 1 << 20}};
            for (int[] shape : shapes) {
                client.roundTrip(sequence++, shape[0], shape[1]);
            }
        }
    }

    @Test
    void answersPipelinedRequestsInOrder() throws Exception {
        try (ClientConnection client = connect()) {
            for (int i = 0; i < 200; i++) {
                client.send(i, 64, 64);
            }
            for (int i = 0; i < 200; i++) {
                client.receive(i, 64, 64);
            }
        }
    }

    /**
     * As the load generator uses a connection: opened on the thread that receives, sent to from
     * another. Each request leaves while the receiver already waits for it (a caller-run loop
     * blocked in epoll must be woken by the other thread's send).
     */
    @Test
    void oneThreadSendsWhileAnotherReceives() throws Exception {
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (ClientConnection client = connect()) {
            AtomicInteger received = new AtomicInteger();
            Future<?> sent = sender.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    while (received.get() < i) {
                        LockSupport.parkNanos(10_000);
                    }
                    TimeUnit.MICROSECONDS.sleep(i % 10 == 0 ? 2000 : 0); // now and then, long after the receive began
                    client.send(i, 64, 64);
                }
                return null;
            });
            for (int i = 0; i < 200; i++) {
                client.receive(i, 64, 64);
                received.set(i + 1);
            }
            sent.get(10, TimeUnit.SECONDS);
        } finally {
            sender.shutdownNow();
        }
    }

    @Test
    void oneWayRequestsGetNoResponse() throws Exception {
        try (ClientConnection client = connect()) {
            client.send(1, 4096, ipcbench.transport.wire.Frame.NO_RESPONSE);
            client.roundTrip(2, 64, 64); // the next response is this one's, not the one-way request's
        }
    }

    @Test
    void servesEightClientsAtOnce() throws Exception {
        assumeTrue(transport().maxClients() >= 8, transportId() + " serves one client at a time");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    try (ClientConnection client = connect()) {
                        for (int i = 0; i < 500; i++) {
                            client.roundTrip(i, 256, 256);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void servesClientsOneAfterAnother() throws Exception {
        assumeTrue(transport().reconnectable(), transportId() + " serves a single connection per daemon");
        for (int c = 0; c < 3; c++) {
            try (ClientConnection client = connect()) {
                client.roundTrip(c, 64, 64);
            }
        }
    }

    @Test
    void closeStopsTheDaemonAndRemovesItsEndpoint() throws Exception {
        try (ClientConnection client = connect()) {
            client.roundTrip(0, 64, 64);
        }
        assertNotNull(daemon.endpoint().address());
        assertTrue(Files.isDirectory(daemon.endpoint().directory()));
        daemon.close();
        assertFalse(Files.exists(daemon.endpoint().directory()), "private directory left behind");
        if (daemon instanceof DaemonProcess) {
            DaemonProcess process = (DaemonProcess) daemon;
            assertFalse(process.process().isAlive(), "daemon process left running");
        }
        assertEquals(mode(), daemon.mode());
    }
}
