package ipcbench.transport.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.FastThreadLocalThread;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.Endpoint;
import ipcbench.transport.Peer;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Client model caller on its own terms: which thread may do what, that a close anywhere ends
 * a blocked receive, that closing gives back every descriptor (socket, epoll or io_uring ring,
 * eventfd, timerfd) also when the connect fails, and that a round trip allocates nothing on a
 * Netty thread. A subclass per I/O mechanism names a transport over it (skipped with the cause
 * where it cannot run).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CallerLoopTest {
    private static final ClientConfig CALLER = ClientConfig.defaults().withModel(ClientModel.CALLER);
    private Daemon daemon;

    /** A Unix domain socket transport over the mechanism. */
    protected abstract String transportId();

    /** What the mechanism's own part of Netty allocates per round trip at most: epoll nothing. */
    protected double mechanismBytesPerRoundTrip() {
        return 0;
    }

    @BeforeAll
    void startDaemon() throws IOException {
        if (Transports.get(transportId()).unavailabilityCause() == null) {
            daemon = Daemon.start(Transports.get(transportId()), Daemon.Mode.PROCESS, DaemonOptions.defaults());
        }
    }

    /** Each test, so that each shows as skipped, with the cause. */
    @BeforeEach
    void skipWhereUnavailable() {
        String cause = Transports.get(transportId()).unavailabilityCause();
        assumeTrue(cause == null, () -> transportId() + " is not available here: " + cause);
    }

    @AfterAll
    void stopDaemon() throws IOException {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void aReceiveOnAnotherThreadThanTheOpenerIsRefusedSayingWhich() throws Exception {
        try (ClientConnection client = daemon.connect(CALLER)) {
            client.roundTrip(0, 64, 64);
            client.send(1, 64, 64);
            ExecutionException e = assertThrows(ExecutionException.class, () -> CompletableFuture.runAsync(() -> {
                try {
                    client.receive(1, 64, 64);
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            }).get(10, TimeUnit.SECONDS));
            String message = e.getCause().getMessage();
            assertTrue(message.startsWith(transportId() + " (client=caller): receive on thread '"), message);
            assertTrue(message.contains("belongs to the thread that opened it"), message);
            client.receive(1, 64, 64); // the opener still can
        }
    }

    @Test
    void aCloseOnAnotherThreadEndsAReceiveBlockedInTheLoopAtOnce() throws Exception {
        int before = openFds();
        ClientConnection client = daemon.connect(CALLER);
        client.roundTrip(0, 64, 64);
        CompletableFuture.runAsync(() -> {
            sleep(200); // the receive below waits in the loop by then
            try {
                client.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> client.receive(1, 64, 64)); // never sent
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 5000, "the receive ended " + millis + " ms later, not at once: " + e);
        assertTrue(e.getMessage().contains("closed the connection while waiting for response 1"), e.getMessage());
        client.close(); // the owner's: releases
        assertEquals(before, openFds(), "descriptors left after the owner's close");
    }

    @Test
    void closingGivesBackEveryDescriptorAlsoWhenTheConnectFails() throws Exception {
        try (ClientConnection warm = daemon.connect(CALLER)) {
            warm.roundTrip(0, 64, 64); // Netty's native library and pools are loaded from here on
        }
        int before = openFds();
        for (int i = 0; i < 20; i++) {
            try (ClientConnection client = daemon.connect(CALLER)) {
                client.roundTrip(0, 64, 64);
                client.send(1, 1 << 20, 1 << 20); // in flight at close
            }
        }
        assertEquals(before, openFds(), "descriptors left by 20 connections");
        Path nowhere = daemon.endpoint().directory().resolve("nobody-listens.sock");
        Endpoint missing = new Endpoint(transportId(), nowhere.toString(), nowhere.getParent(), null, Peer.UNKNOWN);
        for (int i = 0; i < 5; i++) {
            IOException e = assertThrows(IOException.class, () -> Transports.get(transportId())
                    .connect(missing, CALLER.withDeadline(Duration.ofSeconds(2))));
            assertTrue(e.getMessage().startsWith(transportId() + ": cannot connect to "), e.getMessage());
        }
        assertEquals(before, openFds(), "descriptors left by 5 failed connects");
    }

    /**
     * On a Netty thread: Netty 4.2 recycles its buffer and write-queue objects only on threads
     * that clean up its thread-locals, so on a plain thread the same round trip leaves ~300 B of
     * Netty's garbage. Ours must be none: reused request frames, a view of the read buffer
     * without copying, a queue that stops growing. (Over io_uring Netty allocates per
     * submission itself: {@link #mechanismBytesPerRoundTrip()}; epoll's test holds ours at none.)
     */
    @Test
    void aRoundTripAllocatesNothingOnANettyThread() throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new FastThreadLocalThread(() -> {
            try (ClientConnection client = daemon.connect(CALLER)) {
                outcome.set(fewestBytesPerRoundTrip(client));
            } catch (IOException | RuntimeException e) {
                outcome.set(e);
            }
        });
        // As the benchmarks run: the detector's sampled stack traces are not the client's
        ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        try {
            thread.start();
            thread.join();
        } finally {
            ResourceLeakDetector.setLevel(level);
        }
        assertTrue(outcome.get() instanceof Double, "failed: " + outcome.get());
        assertTrue((Double) outcome.get() < mechanismBytesPerRoundTrip() + 1, outcome.get()
                + " bytes allocated per round trip (the mechanism's own: up to " + mechanismBytesPerRoundTrip() + ")");
    }

    /** The least allocated per round trip over a few rounds (the first ones run before the JIT is done). */
    private static double fewestBytesPerRoundTrip(ClientConnection client) throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int sequence = 0;
        double fewest = Double.MAX_VALUE;
        for (int round = 0; round < 8; round++) {
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 10_000; i++) {
                client.roundTrip(sequence++, 64, 64);
            }
            fewest = Math.min(fewest, (threads.getThreadAllocatedBytes(id) - before) / 10_000.0);
        }
        return fewest;
    }

    private static int openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
