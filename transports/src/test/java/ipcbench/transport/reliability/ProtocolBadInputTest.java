package ipcbench.transport.reliability;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.protocol.ConcurrentClients;
import ipcbench.transport.protocol.Exchange;
import ipcbench.transport.protocol.Session;
import ipcbench.transport.protocol.Sizes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input in each protocol, at our daemon of that protocol over each transport it runs over: a
 * malformed HTTP request line, headers over the limit, a body over the maximum; JSON-RPC garbage and a
 * Content-Length beyond the maximum; a gRPC message over the limit. Each is refused with a log line
 * naming it, the daemon's descriptors return to their level before the case, and a well-behaved
 * client of the protocol is served afterwards.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ProtocolBadInputTest {
    /** The daemons' maximum payload: small, so that "over the maximum" is cheap to send. */
    private static final int MAX_PAYLOAD = 64 * 1024;
    private static final Map<String, DaemonProcess> DAEMONS = new LinkedHashMap<>();

    /** What a bad client does, and a fragment of the log line the daemon must write about it. */
    enum BadInput {
        HTTP_MALFORMED_REQUEST_LINE("http1", "refused with 400", true, "GARBAGE \u0001 NOT-HTTP\r\n\r\n"),
        HTTP_OVERSIZED_HEADERS("http1", "refused with 431", true, "POST /v1.47/ipcbench/echo HTTP/1.1\r\nHost: x\r\n"
                + "X-Big: " + "a".repeat(16 * 1024) + "\r\n\r\n"),
        HTTP_BODY_OVER_MAXIMUM("http1", "refused with 413", false, "POST /v1.47/ipcbench/echo HTTP/1.1\r\nHost: x\r\n"
                + "X-Ipcbench-Sequence: 1\r\nX-Ipcbench-Response-Length: 64\r\nContent-Length: " + (MAX_PAYLOAD + 1)
                + "\r\n\r\n"),
        JSONRPC_GARBAGE("jsonrpc", "refused a message", false, "Content-Length: 14\r\n\r\n{not json at }"),
        JSONRPC_CONTENT_LENGTH_OVER_MAXIMUM("jsonrpc", "over the maximum", true,
                "Content-Length: 999999999\r\n\r\n{"),
        GRPC_MESSAGE_OVER_LIMIT("grpc", "closed: RESOURCE_EXHAUSTED", false, null);

        final String protocol;
        final String logFragment;
        /** Whether the daemon hangs up on this input (else the bad client does). */
        final boolean daemonCloses;
        /** The raw bytes sent; null: a real client of the protocol misbehaves instead. */
        final byte[] bytes;

        BadInput(String protocol, String logFragment, boolean daemonCloses, String text) {
            this.protocol = protocol;
            this.logFragment = logFragment;
            this.daemonCloses = daemonCloses;
            this.bytes = text == null ? null : text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** The transports each protocol is tested over (a raw client reaches their sockets). */
    private static final Map<String, List<String>> OVER = Map.of("http1", List.of("uds-jdk", "tcp-nio"),
            "jsonrpc", List.of("uds-jdk", "tcp-nio"), "grpc", List.of("uds-netty-epoll", "tcp-netty-epoll"));

    static Stream<Arguments> cases() {
        return Stream.of(BadInput.values()).flatMap(input -> OVER.get(input.protocol).stream()
                .filter(id -> Transports.get(id).unavailabilityCause() == null)
                .map(transport -> Arguments.of(input.protocol, transport, input)));
    }

    private static synchronized DaemonProcess daemon(String protocol, String transport) throws Exception {
        String key = protocol + " " + transport;
        DaemonProcess daemon = DAEMONS.get(key);
        if (daemon == null) {
            daemon = (DaemonProcess) Daemon.start(Transports.get(transport), Daemon.Mode.PROCESS,
                    DaemonOptions.defaults().withProtocol(protocol).withMaxPayload(MAX_PAYLOAD));
            DAEMONS.put(key, daemon);
            warmUp(daemon);
        }
        return daemon;
    }

    /** Eight clients at once, small and large requests, so that the daemon's own descriptors are all made. */
    private static void warmUp(DaemonProcess daemon) throws Exception {
        try (Session session = daemon.session(Sizes.echo(MAX_PAYLOAD), ClientConfig.defaults())) {
            ConcurrentClients.roundTrips(session, 8, 20, 30);
        }
        int previous = -1;
        for (int fds = Probes.openFds(daemon.pid()); fds != previous; fds = Probes.openFds(daemon.pid())) {
            previous = fds;
            TimeUnit.MILLISECONDS.sleep(300);
        }
    }

    private static void wellBehavedClient(DaemonProcess daemon) throws IOException {
        try (Session session = daemon.session(Sizes.echo(64), ClientConfig.defaults());
             Exchange client = session.connect()) {
            for (int i = 0; i < 10; i++) {
                client.roundTrip(i);
            }
        }
    }

    @AfterAll
    static void stopDaemons() throws IOException {
        for (DaemonProcess daemon : DAEMONS.values()) {
            daemon.close();
        }
        DAEMONS.clear();
    }

    @ParameterizedTest(name = "{0} over {1}: {2}")
    @MethodSource("cases")
    void refusedWithALogLineAndTheDaemonServesOn(String protocol, String transport, BadInput input) throws Exception {
        DaemonProcess daemon = daemon(protocol, transport);
        int before = Probes.openFds(daemon.pid());
        Set<String> earlier = new HashSet<>(daemon.stderrLines());
        if (input.bytes != null) {
            try (RawClient raw = RawClient.connect(transport, daemon.endpoint().address())) {
                raw.send(input.bytes);
                if (input.daemonCloses) {
                    raw.readUntilClosed(); // the daemon hangs up on us
                } else {
                    Probes.await("the log line", () -> logged(daemon, earlier, input));
                }
            }
        } else { // a message over the daemon's maximum, from grpc's own client
            IOException refused = assertThrows(IOException.class,
                    () -> daemon.session(new Sizes(MAX_PAYLOAD + 1024, 64), ClientConfig.defaults()).close());
            assertTrue(refused.getMessage().contains("RESOURCE_EXHAUSTED"), refused.getMessage());
        }
        Probes.await("a new daemon log line with '" + input.logFragment + "'; last lines:\n"
                + String.join("\n", daemon.stderrLines()), () -> logged(daemon, earlier, input));
        Probes.await("the daemon's descriptors to return to " + before, () -> Probes.openFds(daemon.pid()) <= before);
        int after = Probes.openFds(daemon.pid());
        wellBehavedClient(daemon);
        System.out.println("BADINPUT " + protocol + " over " + transport + " " + input + ": fds " + before + " -> "
                + after + ": " + daemon.stderrLines().stream().filter(l -> !earlier.contains(l)
                && l.contains(input.logFragment)).findFirst().orElseThrow());
    }

    private static boolean logged(DaemonProcess daemon, Set<String> earlier, BadInput input) {
        return daemon.stderrLines().stream().anyMatch(l -> !earlier.contains(l) && l.contains(input.logFragment));
    }
}
