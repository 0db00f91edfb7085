package ipcbench.transport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.ClientModel;
import ipcbench.transport.DaemonLog;
import ipcbench.transport.Server;
import ipcbench.transport.ServerConfig;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.daemon.PrivateDirectory;
import ipcbench.transport.stream.Failures.DeadlineExceededException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults from issue 7, each against real daemon processes: the client must fail fast and say
 * why, the daemon must keep serving or go away, and nothing may be left behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultTest {
    private static final Duration SHORT_DEADLINE = Duration.ofSeconds(1);

    /**
     * Round trips until one fails, on a thread of their own that also opens and closes the
     * connection (a caller-run client belongs to the thread that opened it); returns once the
     * first one went through, with the failure to come and when it happened.
     */
    private static CompletableFuture<IOException> benchmark(DaemonProcess daemon, ClientConfig config,
                                                            AtomicLong failedAt) throws Exception {
        CompletableFuture<Void> running = new CompletableFuture<>();
        CompletableFuture<IOException> failure = CompletableFuture.supplyAsync(() -> {
            try (ClientConnection client = daemon.connect(config)) {
                client.roundTrip(0, 64, 64);
                running.complete(null);
                for (int sequence = 1; ; sequence++) {
                    client.roundTrip(sequence, 64, 64);
                }
            } catch (IOException e) {
                failedAt.set(System.nanoTime());
                running.completeExceptionally(e);
                return e;
            }
        });
        running.get(Probes.WAIT.toSeconds(), TimeUnit.SECONDS);
        return failure;
    }

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#clientModels")
    void sigkilledDaemonFailsTheClientWithinFiveSecondsNamingTransportAndStatus(String transportId, ClientModel model)
            throws Exception {
        try (DaemonProcess daemon = Probes.start(transportId)) {
            AtomicLong failedAt = new AtomicLong();
            CompletableFuture<IOException> failure = benchmark(daemon, ClientConfig.defaults().withModel(model), failedAt);
            TimeUnit.MILLISECONDS.sleep(200);
            long killedAt = System.nanoTime();
            Probes.signal(daemon.pid(), "KILL");
            IOException e = failure.get(5, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(failedAt.get() - killedAt);
            System.out.println("FAULT sigkill " + transportId + " client=" + model.id() + ": reported after " + millis
                    + " ms: " + e.getMessage());
            assertTrue(millis < 5000, "reported after " + millis + " ms");
            assertTrue(e.getMessage().startsWith(transportId + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("exited with status 137 (killed by signal 9)"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#clientModels")
    void sigstoppedDaemonFailsTheClientAtItsDeadlineAndIsCleanedUp(String transportId, ClientModel model)
            throws Exception {
        DaemonProcess daemon = Probes.start(transportId);
        try {
            AtomicLong failedAt = new AtomicLong();
            CompletableFuture<IOException> failure = benchmark(daemon,
                    ClientConfig.defaults().withDeadline(SHORT_DEADLINE).withModel(model), failedAt);
            TimeUnit.MILLISECONDS.sleep(200);
            long stoppedAt = System.nanoTime();
            Probes.signal(daemon.pid(), "STOP");
            IOException e = failure.get(SHORT_DEADLINE.toMillis() + 5000, TimeUnit.MILLISECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(failedAt.get() - stoppedAt);
            System.out.println("FAULT sigstop " + transportId + " client=" + model.id() + ": reported after " + millis
                    + " ms: " + e.getMessage());
            assertInstanceOf(DeadlineExceededException.class, e, e.toString());
            assertTrue(millis >= SHORT_DEADLINE.toMillis(), "failed before its deadline, after " + millis + " ms");
            assertTrue(e.getMessage().startsWith(transportId + ": no progress for 1000 ms while waiting for response "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("in state T (stopped"), e.getMessage());
            assertTrue(daemon.process().waitFor(5, TimeUnit.SECONDS), "the stopped daemon was not killed");
        } finally {
            daemon.close();
        }
        assertFalse(Files.exists(daemon.endpoint().directory()), "private directory left behind");
    }

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#socketTransports")
    void clientKilledMidRequestIsFreedWhileOthersAreServed(String transportId) throws Exception {
        try (DaemonProcess daemon = Probes.start(transportId);
             ClientConnection other = daemon.connect(ClientConfig.defaults())) {
            other.roundTrip(0, 64, 64);
            int before = Probes.openFds(daemon.pid());
            Process client = Probes.javaMain(RawClient.class, transportId, daemon.endpoint().address(), "half-request");
            assertEquals("SENT", Probes.firstLine(client));
            Probes.await("the half-request connection to open", () -> Probes.openFds(daemon.pid()) > before);
            Probes.signal(client.pid(), "KILL");
            String line = Probes.awaitLogLine(daemon, "truncated frame");
            Probes.await("the daemon's descriptors to return to " + before,
                    () -> Probes.openFds(daemon.pid()) <= before);
            other.roundTrip(1, 64, 64);
            try (ClientConnection next = daemon.connect(ClientConfig.defaults())) {
                next.roundTrip(0, 64, 64);
            }
            System.out.println("FAULT client-killed " + transportId + ": " + line);
        }
    }

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#unixSocketTransports")
    void staleSocketFileIsReplacedButALiveOneIsRefused(String transportId) throws Exception {
        Path directory = PrivateDirectory.create();
        List<String> log = new CopyOnWriteArrayList<>();
        DaemonLog logger = log::add;
        Path socket = directory.resolve(transportId + ".sock");
        try {
            try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                crashed.bind(UnixDomainSocketAddress.of(socket)); // closing leaves the file, as a crash would
            }
            assertTrue(Files.exists(socket));
            try (Server server = Transports.get(transportId).bind(ServerConfig.defaults(directory, logger))) {
                assertEquals(socket.toString(), server.address());
                assertTrue(log.stream().anyMatch(line -> line.contains("removed stale socket file")), log.toString());
                IOException e = assertThrows(IOException.class,
                        () -> Transports.get(transportId).bind(ServerConfig.defaults(directory, logger)).close());
                System.out.println("FAULT stale-socket " + transportId + ": replaced; live one refused: " + e.getMessage());
                assertTrue(e.getMessage().contains("is in use: another daemon listens on it"), e.getMessage());
            }
        } finally {
            PrivateDirectory.delete(directory);
        }
    }

    @ParameterizedTest
    @MethodSource("ipcbench.transport.reliability.Probes#tcpTransports")
    void tcpPortInUseFailsTheStartClearly(String transportId) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            IOException e = assertThrows(IOException.class,
                    () -> Probes.start(transportId, DaemonOptions.defaults().withPort(port)).close());
            System.out.println("FAULT port-in-use " + transportId + ": " + e.getMessage().lines().findFirst().orElse(""));
            assertTrue(e.getMessage().contains("cannot listen on "), e.getMessage());
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
            assertTrue(e.getMessage().contains("Address already in use"), e.getMessage());
        }
    }

    /** The parent watch is the same for all; these two also have files to remove (a socket, FIFOs). */
    @ParameterizedTest
    @ValueSource(strings = {"uds-netty-epoll", "pipe-fifo"})
    void daemonOfAKilledBenchmarkJvmExitsOnItsOwn(String transportId) throws Exception {
        Process benchmark = Probes.javaMain(BenchmarkStandIn.class, transportId);
        String[] started = Probes.firstLine(benchmark).split(" ");
        assertEquals("DAEMON", started[0], String.join(" ", started));
        ProcessHandle daemon = ProcessHandle.of(Long.parseLong(started[1])).orElseThrow();
        Path directory = Path.of(started[2]);
        benchmark.destroyForcibly(); // SIGKILL: no shutdown hook runs in the benchmark JVM
        long killedAt = System.nanoTime();
        benchmark.waitFor();
        Probes.await("daemon pid " + daemon.pid() + " to exit", () -> !daemon.isAlive());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        System.out.println("FAULT benchmark-killed " + transportId + ": daemon gone after " + millis + " ms");
        Probes.await(directory + " to be removed", () -> !Files.exists(directory));
    }

    /** A benchmark JVM: starts a daemon, says which, and waits to be killed. */
    static final class BenchmarkStandIn {
        public static void main(String[] args) throws Exception {
            DaemonProcess daemon = Probes.start(args[0]);
            System.out.println("DAEMON " + daemon.pid() + " " + daemon.endpoint().directory());
            System.out.flush();
            TimeUnit.MINUTES.sleep(5);
        }
    }
}
