package ipcbench.transport.reliability;

import static ipcbench.transport.reliability.RawClient.MAGIC;
import static ipcbench.transport.reliability.RawClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.ClientConnection;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.wire.Frame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input from a raw client against one running daemon per socket transport: each case is
 * rejected with a log line naming it, the daemon's descriptors return to their level before the
 * case, and a well-behaved client is served afterwards.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {
    private static final int CONNECTIONS = 2000;
    private static final Map<Probes.SocketDaemon, DaemonProcess> DAEMONS = new LinkedHashMap<>();
    private static final Map<Probes.SocketDaemon, Integer> FDS_AT_START = new LinkedHashMap<>();

    /** What a raw client sends, and a fragment of the log line the daemon must write about it. */
    enum BadInput {
        NEGATIVE_LENGTH("negative", header(-1, 0, MAGIC, 1)),
        LENGTH_OVER_MAXIMUM("exceeds", header(Frame.DEFAULT_MAX_PAYLOAD + 1, 0, MAGIC, 1)),
        TRUNCATED_FRAME_THEN_CLOSE("truncated", ByteBuffer.allocate(26).put(header(100, 0, MAGIC, 1)).array()),
        RANDOM_BYTES(" closed: ", randomBytes()),
        ZERO_HEADER("magic", new byte[Frame.HEADER_BYTES]);

        final String logFragment;
        final byte[] bytes;

        BadInput(String logFragment, byte[] bytes) {
            this.logFragment = logFragment;
            this.bytes = bytes;
        }

        /** Fixed seed: the same bytes every run, so a failure can be replayed. */
        private static byte[] randomBytes() {
            byte[] bytes = new byte[256];
            new Random(7).nextBytes(bytes);
            return bytes;
        }
    }

    static Stream<Arguments> daemonsAndInputs() {
        return Probes.socketDaemons().flatMap(d -> Stream.of(BadInput.values()).map(input -> Arguments.of(d, input)));
    }

    static Stream<Probes.SocketDaemon> daemons() {
        return Probes.socketDaemons();
    }

    /** One daemon per transport and server model, for all its cases; warmed up by a well-behaved client first. */
    private static synchronized DaemonProcess daemon(Probes.SocketDaemon kind) throws Exception {
        DaemonProcess daemon = DAEMONS.get(kind);
        if (daemon == null) {
            daemon = Probes.start(kind);
            DAEMONS.put(kind, daemon);
            FDS_AT_START.put(kind, Probes.warmedUpFds(daemon));
        }
        return daemon;
    }

    private static void wellBehavedClient(DaemonProcess daemon) throws Exception {
        try (ClientConnection client = daemon.connect(ClientConfig.defaults())) {
            client.roundTrip(0, 64, 64);
            client.roundTrip(1, 0, 0);
        }
    }

    @AfterAll
    static void stopDaemons() throws IOException {
        for (Map.Entry<Probes.SocketDaemon, DaemonProcess> entry : DAEMONS.entrySet()) {
            System.out.println("BADINPUT " + entry.getKey() + ": daemon descriptors at start "
                    + FDS_AT_START.get(entry.getKey()) + ", after all cases " + Probes.openFds(entry.getValue().pid()));
            entry.getValue().close();
        }
        DAEMONS.clear();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("daemonsAndInputs")
    void rejectedWithALogLineAndTheDaemonServesOn(Probes.SocketDaemon kind, BadInput input) throws Exception {
        DaemonProcess daemon = daemon(kind);
        String transportId = kind.transportId();
        int before = Probes.openFds(daemon.pid());
        Set<String> earlier = new HashSet<>(daemon.stderrLines());
        try (RawClient raw = RawClient.connect(transportId, daemon.endpoint().address())) {
            raw.send(input.bytes);
            if (input != BadInput.TRUNCATED_FRAME_THEN_CLOSE) {
                raw.readUntilClosed(); // the daemon hangs up on us
            }
        }
        Probes.await("a new daemon log line with '" + input.logFragment + "'; last lines:\n"
                        + String.join("\n", daemon.stderrLines()),
                () -> daemon.stderrLines().stream().anyMatch(l -> !earlier.contains(l) && l.contains(input.logFragment)));
        Probes.await("the daemon's descriptors to return to " + before, () -> Probes.openFds(daemon.pid()) <= before);
        int after = Probes.openFds(daemon.pid());
        wellBehavedClient(daemon);
        System.out.println("BADINPUT " + kind + " " + input + ": fds " + before + " -> " + after + ": "
                + daemon.stderrLines().stream()
                .filter(l -> !earlier.contains(l) && l.contains(input.logFragment)).findFirst().orElseThrow());
    }

    /** A header with no payload is a valid frame here (an empty request): it is answered, not rejected. */
    @ParameterizedTest
    @MethodSource("daemons")
    void zeroLengthFrameIsAnsweredAndTheConnectionStaysOpen(Probes.SocketDaemon kind) throws Exception {
        DaemonProcess daemon = daemon(kind);
        try (RawClient raw = RawClient.connect(kind.transportId(), daemon.endpoint().address())) {
            raw.send(header(0, 0, MAGIC, 9));
            assertEquals(9, raw.readResponseHeader());
            raw.send(header(0, 0, MAGIC, 10));
            assertEquals(10, raw.readResponseHeader());
        }
        wellBehavedClient(daemon);
    }

    @ParameterizedTest
    @MethodSource("daemons")
    void twoThousandConnectionsOpenedAndDroppedLeaveNothingOpen(Probes.SocketDaemon kind) throws Exception {
        DaemonProcess daemon = daemon(kind);
        int before = Probes.openFds(daemon.pid());
        for (int i = 0; i < CONNECTIONS; i++) {
            RawClient.connect(kind.transportId(), daemon.endpoint().address()).close();
        }
        Probes.await("the daemon's descriptors to return to " + before, () -> Probes.openFds(daemon.pid()) <= before);
        int after = Probes.openFds(daemon.pid());
        wellBehavedClient(daemon);
        System.out.println("BADINPUT " + kind + " " + CONNECTIONS + " connections dropped: fds " + before
                + " -> " + after);
        assertTrue(daemon.process().isAlive());
    }
}
