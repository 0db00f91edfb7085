package ipcbench.transport.reliability;

import static ipcbench.transport.reliability.RawClient.MAGIC;
import static ipcbench.transport.reliability.RawClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.wire.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clients that try to exhaust a daemon's resources, against a daemon process of every socket
 * transport with its default heap: frames declared near the maximum and never sent, frames sent
 * until the budget refuses them, a burst of thousands of connections held open, and slow-loris
 * clients. In each case a well-behaved client is served meanwhile and afterwards, the daemon's
 * log has no stack trace or OutOfMemoryError, its peak resident memory stays within
 * {@link #RSS_BOUND_MIB}, and its descriptors return to their level. Prints the figures
 * ({@code HOSTILE ...} lines).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HostileClientTest {
    /**
     * The daemon JVM's 128 MiB heap (pre-touched), its frame buffers (at most the 64 MiB budget and
     * the connections' small buffers) and the JVM's own: 180-310 MiB measured here; 2,000 held
     * connections of a thread-per-connection daemon add their threads' stacks, 385 MiB.
     */
    private static final long RSS_BOUND_MIB = 512;
    private static final int MAX_FRAME = Frame.HEADER_BYTES + Frame.DEFAULT_MAX_PAYLOAD;

    static List<Probes.SocketDaemon> daemons() {
        return Probes.socketDaemons().toList();
    }

    @ParameterizedTest
    @MethodSource("daemons")
    void framesDeclaredNearTheMaximumHoldOnlyWhatArrived(Probes.SocketDaemon kind) throws Exception {
        try (DaemonProcess daemon = Probes.start(kind)) {
            int fds = Probes.warmedUpFds(daemon);
            List<RawClient> hostile = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    startMaximalFrame(held(hostile, daemon), i).send(new byte[1024]);
                }
                wellBehavedClient(daemon, 1 << 20);
            } finally {
                closeAll(hostile);
            }
            afterwards(daemon, fds, "40 clients declaring 16 MiB frames, 1 KiB sent each");
        }
    }

    @ParameterizedTest
    @MethodSource("daemons")
    void framesOverTheBudgetAreRefusedOnTheirOwnConnection(Probes.SocketDaemon kind) throws Exception {
        try (DaemonProcess daemon = Probes.start(kind)) {
            int fds = Probes.warmedUpFds(daemon);
            List<RawClient> hostile = new ArrayList<>();
            int taken = 0;
            try {
                // Each sends all of a 16 MiB frame but its last byte, and holds it.
                byte[] almost = new byte[MAX_FRAME - Frame.HEADER_BYTES - 1];
                for (int i = 0; i < 8; i++) {
                    RawClient raw = held(hostile, daemon);
                    try {
                        startMaximalFrame(raw, i).send(almost);
                        taken++;
                    } catch (IOException refused) {
                        // the daemon closed this connection: over the budget
                    }
                }
                Probes.awaitLogLine(daemon, "over the daemon's frame budget");
                wellBehavedClient(daemon, 64);
            } finally {
                closeAll(hostile);
            }
            String refusal = Probes.awaitLogLine(daemon, "over the daemon's frame budget");
            afterwards(daemon, fds, "8 clients sending 16 MiB frames: " + taken + " sent in full (some of them"
                    + " may have been refused after sending); refusal: " + refusal.substring(refusal.indexOf(']') + 1));
        }
    }

    @ParameterizedTest
    @MethodSource("daemons")
    void aBurstOfThousandsOfConnectionsIsAcceptedAndHeld(Probes.SocketDaemon kind) throws Exception {
        int burst = 2000;
        String transportId = kind.transportId();
        try (DaemonProcess daemon = Probes.start(kind)) {
            int fds = Probes.warmedUpFds(daemon);
            List<RawClient> held = new ArrayList<>();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService connectors = Executors.newFixedThreadPool(16);
            try {
                List<Future<RawClient>> connects = new ArrayList<>();
                for (int i = 0; i < burst; i++) {
                    connects.add(connectors.submit(() -> RawClient.connect(transportId, daemon.endpoint().address())));
                }
                for (Future<RawClient> connect : connects) {
                    try {
                        held.add(connect.get(30, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        failed.incrementAndGet();
                    }
                }
                assertEquals(0, failed.get(), failed + " of " + burst + " connections failed");
                wellBehavedClient(daemon, 64);
                // Each held connection answers: the daemon accepted it, not only the kernel.
                for (RawClient raw : held.subList(held.size() - 10, held.size())) {
                    raw.send(header(0, 0, MAGIC, 5));
                    assertEquals(5, raw.readResponseHeader());
                }
                System.out.println("HOSTILE " + kind + " burst: " + held.size() + " connections held, daemon fds "
                        + Probes.openFds(daemon.pid()));
            } finally {
                connectors.shutdownNow();
                closeAll(held);
            }
            afterwards(daemon, fds, "a burst of " + burst + " connections held open");
        }
    }

    @ParameterizedTest
    @MethodSource("daemons")
    void aSlowLorisIsCutOffAtTheFrameDeadlineAndDelaysNobody(Probes.SocketDaemon kind) throws Exception {
        String transportId = kind.transportId();
        Duration deadline = Duration.ofSeconds(1);
        try (DaemonProcess daemon = Probes.start(kind, DaemonOptions.defaults().withFrameDeadline(deadline))) {
            int fds = Probes.warmedUpFds(daemon);
            try (RawClient idle = RawClient.connect(transportId, daemon.endpoint().address());
                 RawClient slow = RawClient.connect(transportId, daemon.endpoint().address());
                 ClientConnection good = daemon.connect(ClientConfig.defaults())) {
                long start = System.nanoTime();
                slow.send(header(1000, 0, MAGIC, 1));
                long slowest = 0;
                boolean cutOff = false;
                for (int i = 0; i < 25 && !cutOff; i++) { // a byte each 100 ms: 2.5 s for what needs 1000
                    try {
                        slow.send(new byte[1]);
                    } catch (IOException closed) {
                        cutOff = true;
                    }
                    long before = System.nanoTime();
                    good.roundTrip(i, 64, 64);
                    slowest = Math.max(slowest, System.nanoTime() - before);
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                if (!cutOff) {
                    slow.readUntilClosed(); // returns once the daemon has hung up (end of stream or a reset)
                }
                long cutAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                String line = Probes.awaitLogLine(daemon, "a slow or stuck client");
                assertTrue(slowest < TimeUnit.MILLISECONDS.toNanos(500), "a round trip took " + slowest / 1000 + " us");
                // An idle connection (no frame begun) has no deadline: it is still served.
                idle.send(header(0, 0, MAGIC, 3));
                assertEquals(3, idle.readResponseHeader());
                System.out.println("HOSTILE " + kind + " slow-loris: cut off after about " + cutAfter
                        + " ms (deadline " + deadline.toMillis() + " ms), slowest good round trip meanwhile "
                        + slowest / 1000 + " us; " + line.substring(line.indexOf(']') + 1));
            }
            afterwards(daemon, fds, "a slow-loris and an idle client");
        }
    }

    /** A raw client of {@code daemon}, kept in {@code held} to be closed at the end. */
    private static RawClient held(List<RawClient> held, DaemonProcess daemon) throws IOException {
        RawClient raw = RawClient.connect(daemon.transport().id(), daemon.endpoint().address());
        held.add(raw);
        return raw;
    }

    /** Sends the header of a frame of the maximum payload, and nothing of the payload yet. */
    private static RawClient startMaximalFrame(RawClient raw, int sequence) throws IOException {
        raw.send(header(Frame.DEFAULT_MAX_PAYLOAD, 0, MAGIC, sequence));
        return raw;
    }

    private static void wellBehavedClient(DaemonProcess daemon, int payload) throws IOException {
        try (ClientConnection client = daemon.connect(ClientConfig.defaults())) {
            client.roundTrip(0, 64, 64);
            client.roundTrip(1, payload, payload);
            client.roundTrip(2, 0, 0);
        }
    }

    private static void closeAll(List<RawClient> clients) throws IOException {
        for (RawClient client : clients) {
            client.close();
        }
    }

    /** Served again, descriptors back, no stack trace, peak memory within the bound; prints the figures. */
    private static void afterwards(DaemonProcess daemon, int fdsBefore, String what) throws Exception {
        Probes.await("the daemon's descriptors to return to " + fdsBefore, () -> Probes.openFds(daemon.pid()) <= fdsBefore);
        wellBehavedClient(daemon, 64);
        long peakMib = statusKib(daemon.pid(), "VmHWM:") / 1024;
        for (String line : daemon.stderrLines()) { // a connection's refusal is one line; never a trace
            assertTrue(!line.contains("OutOfMemoryError") && !line.startsWith("\tat ")
                    && !line.contains("Exception in thread"), "the daemon's log has: " + line);
        }
        assertTrue(peakMib <= RSS_BOUND_MIB, "peak resident memory " + peakMib + " MiB");
        System.out.println("HOSTILE " + daemon.transport().id() + " (" + daemon.model() + ") " + what + ": peak RSS " + peakMib
                + " MiB, fds " + fdsBefore + " -> " + Probes.openFds(daemon.pid()));
    }

    /** A field of /proc/PID/status in kB (VmRSS, VmHWM: the peak resident set). */
    private static long statusKib(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IOException(field + " not in /proc/" + pid + "/status");
    }
}
