package ipcbench.transport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ipcbench.transport.ClientModel;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.DaemonProcess;
import ipcbench.transport.netty.NettyTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Netty daemons and clients release every buffer they take, on good traffic and on bad. Run
 * with Netty's leak detector at paranoid (every buffer tracked, unlike the benchmarks, where it is
 * off), made to collect garbage and then to allocate again, which is when the detector reports,
 * neither may log a LEAK. Netty logs through java.util.logging, sent here to a file of its own: a
 * report's stack traces are longer than the daemon log tail the harness keeps. (Checked able to
 * fail: it failed with one release() left out of NettyResponder, and on the client until close()
 * released the responses to requests still in flight; with client model caller, with the release
 * of queued responses left out, once the traffic had responses read and never received.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NettyLeakTest {
    @TempDir
    Path dir;

    /** Every available transport built on Netty, whose buffers these tests watch. */
    static Stream<String> nettyTransports() {
        return Probes.allTransports().filter(id -> Transports.get(id) instanceof NettyTransport);
    }

    @ParameterizedTest
    @MethodSource("nettyTransports")
    void theDaemonReleasesEveryBufferOnGoodAndBadInput(String transportId) throws Exception {
        Path nettyLog = dir.resolve("daemon.log");
        List<String> jvmArgs = new ArrayList<>(DaemonOptions.DEFAULT_JVM_ARGS);
        jvmArgs.addAll(paranoid(nettyLog)); // after the defaults: the last -D of a name wins
        DaemonOptions paranoid = DaemonOptions.defaults().withJvmArgs(jvmArgs);
        try (DaemonProcess daemon = Probes.start(transportId, paranoid)) {
            for (int round = 0; round < 3; round++) {
                goodTraffic(daemon);
                badTraffic(transportId, daemon);
                collectGarbage(daemon.pid());
            }
            goodTraffic(daemon); // allocations after the last collection: the detector reports now
        }
        assertNoLeak(nettyLog);
    }

    /** Each of those with each of its client models. */
    static Stream<Arguments> nettyClients() {
        return nettyTransports().flatMap(id -> Arrays.stream(ClientModel.values())
                .filter(model -> Transports.get(id).whyNotClient(model) == null).map(model -> Arguments.of(id, model)));
    }

    @ParameterizedTest
    @MethodSource("nettyClients")
    void theClientReleasesEveryBuffer(String transportId, ClientModel model) throws Exception {
        Path nettyLog = dir.resolve("client.log");
        Path output = dir.resolve("client.out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(paranoid(nettyLog));
        command.addAll(List.of(NettyClientTraffic.class.getName(), transportId, model.id()));
        Process client = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!client.waitFor(60, TimeUnit.SECONDS)) {
            client.destroyForcibly().waitFor();
            fail("the client's traffic did not end within 60 s:\n" + Files.readString(output));
        }
        assertEquals(0, client.exitValue(), "the client's traffic failed:\n" + Files.readString(output));
        assertNoLeak(nettyLog);
    }

    /** JVM flags: the detector at paranoid, and Netty's log (java.util.logging) to {@code nettyLog}. */
    private List<String> paranoid(Path nettyLog) throws IOException {
        Path logging = Files.writeString(dir.resolve("logging.properties"), String.join("\n",
                "handlers=java.util.logging.FileHandler",
                "java.util.logging.FileHandler.pattern=" + nettyLog,
                "java.util.logging.FileHandler.formatter=java.util.logging.SimpleFormatter",
                "io.netty.util.ResourceLeakDetector.level=FINE", "")); // it says its level at start
        return List.of("-Dio.netty.leakDetection.level=paranoid", "-Djava.util.logging.config.file=" + logging);
    }

    private static void assertNoLeak(Path nettyLog) throws IOException {
        List<String> log = Files.readAllLines(nettyLog);
        assertTrue(log.stream().anyMatch(l -> l.contains("io.netty.leakDetection.level: paranoid")),
                "the detector ran at paranoid: " + log);
        assertEquals(List.of(), log.stream().filter(l -> l.contains("LEAK")).toList(), "see " + nettyLog);
    }

    private static void goodTraffic(DaemonProcess daemon) throws IOException {
        NettyClientTraffic.traffic(daemon, ClientModel.DEFAULT);
        // a client gone with a request half sent
        try (RawClient raw = RawClient.connect(daemon.transport().id(), daemon.endpoint().address())) {
            raw.send(RawClient.header(1 << 20, 64, RawClient.MAGIC, 1));
            raw.send(new byte[100_000]);
        }
    }

    private static void badTraffic(String transportId, DaemonProcess daemon) throws IOException {
        for (BadInputTest.BadInput input : BadInputTest.BadInput.values()) {
            try (RawClient raw = RawClient.connect(transportId, daemon.endpoint().address())) {
                raw.send(input.bytes);
                if (input != BadInputTest.BadInput.TRUNCATED_FRAME_THEN_CLOSE) {
                    raw.readUntilClosed();
                }
            }
        }
    }

    private static void collectGarbage(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(30, TimeUnit.SECONDS) || gc.exitValue() != 0) {
            gc.destroyForcibly();
            throw new IOException("jcmd " + pid + " GC.run failed or timed out");
        }
    }
}
