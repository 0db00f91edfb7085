package ipcbench.transport.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.ClientConfig;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.Daemon;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.PrivateDirectory;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every protocol against daemons that fail: one that is not there fails at once naming the
 * endpoint; one that takes the request and never answers fails at the client's deadline. And the
 * raw protocol against our own daemons, as a daemon on our wire would be measured.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ProtocolFailureTest {
    private static final Duration DEADLINE = Duration.ofMillis(700);
    private static final ClientConfig CONFIG = ClientConfig.defaults().withDeadline(DEADLINE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"raw", "resp", "http1"})
    void aMissingSocketFileOrAClosedPortFailsAtOnceNamingIt(String protocol) throws IOException {
        int closedPort;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        for (String target : List.of("unix:/nonexistent/ipcbench-target.sock", "tcp:127.0.0.1:" + closedPort)) {
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> open(protocol, target).close());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().startsWith(protocol + " at " + target + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("not identified"), e.getMessage());
            assertTrue(millis < 3_000, target + " took " + millis + " ms to fail");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"raw", "resp", "http1"})
    void aDaemonThatNeverAnswersFailsAtTheDeadline(String protocol) throws Exception {
        Path directory = PrivateDirectory.create();
        List<SocketChannel> held = new ArrayList<>();
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Path socket = directory.resolve("silent.sock");
            silent.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        SocketChannel client = silent.accept();
                        held.add(client);
                        client.read(ByteBuffer.allocate(4096)); // takes the request, never answers
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> open(protocol, "unix:" + socket).close());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("no progress for " + DEADLINE.toMillis() + " ms while "), e.getMessage());
            assertTrue(e.getMessage().contains("pid [" + ProcessHandle.current().pid() + "]"), e.getMessage());
            assertTrue(millis >= DEADLINE.toMillis() && millis < DEADLINE.toMillis() + 3_000, millis + " ms");
        } finally {
            for (SocketChannel channel : held) {
                channel.close();
            }
            PrivateDirectory.delete(directory);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"uds-jdk", "tcp-nio"})
    void rawMeasuresADaemonOnOurWire(String transport) throws IOException {
        try (Daemon daemon = Daemon.start(Transports.get(transport), Daemon.Mode.PROCESS, DaemonOptions.defaults())) {
            String address = daemon.endpoint().address();
            String target = transport.startsWith("uds") ? "unix:" + address : "tcp:" + address;
            try (Session session = open("raw", target, 1000); Exchange exchange = session.connect()) {
                for (int i = 0; i < 100; i++) {
                    exchange.roundTrip(i);
                }
                assertNull(session.daemonVersion());
            }
        }
    }

    @Test
    void eachProtocolFillsInItsDefaultsAndRefusesWhatItCannotSend() {
        ProtocolRequest none = new ProtocolRequest(ProtocolRequest.DEFAULT, 0, ProtocolRequest.DEFAULT);
        assertEquals(new ProtocolRequest("PING", 0, "-"), Protocols.get("resp").resolve(none));
        assertEquals(new ProtocolRequest("GET", 64, "-"),
                Protocols.get("resp").resolve(new ProtocolRequest("-", 64, "-")));
        assertEquals(new ProtocolRequest("GET /", 0, "status=200"), Protocols.get("http1").resolve(none));
        assertEquals(new ProtocolRequest("echo", 0, "-"), Protocols.get("raw").resolve(none));
        for (ProtocolRequest bad : List.of(new ProtocolRequest("FLUSHALL", 0, "-"), new ProtocolRequest("DEL", 0, "-"),
                new ProtocolRequest("PING", 64, "-"), new ProtocolRequest("GET", 0, "status=200"))) {
            assertThrows(IllegalArgumentException.class, () -> Protocols.get("resp").resolve(bad), bad.toString());
        }
        for (ProtocolRequest bad : List.of(new ProtocolRequest("get /", 0, "-"), new ProtocolRequest("GET", 0, "-"),
                new ProtocolRequest("GET /", 0, "200"), new ProtocolRequest("GET /", 0, "status=200 bytes=x"))) {
            assertThrows(IllegalArgumentException.class, () -> Protocols.get("http1").resolve(bad), bad.toString());
        }
        for (String oursOnly : List.of("grpc", "jsonrpc")) {
            assertEquals(oursOnly + " speaks to our daemons (-p protocol=" + oursOnly + "), not to a target",
                    assertThrows(IllegalArgumentException.class, () -> Protocols.get(oursOnly).resolve(none)).getMessage());
        }
        assertEquals("unknown protocol 'thrift' (valid: raw, resp, http1, jsonrpc, grpc)",
                assertThrows(IllegalArgumentException.class, () -> Protocols.get("thrift")).getMessage());
    }

    private static Session open(String protocol, String target) throws IOException {
        return Protocols.get(protocol).open(TargetAddress.parse(target),
                new ProtocolRequest(ProtocolRequest.DEFAULT, 0, ProtocolRequest.DEFAULT), CONFIG);
    }

    private static Session open(String protocol, String target, int payload) throws IOException {
        return Protocols.get(protocol).open(TargetAddress.parse(target),
                new ProtocolRequest(ProtocolRequest.DEFAULT, payload, ProtocolRequest.DEFAULT), CONFIG);
    }
}
