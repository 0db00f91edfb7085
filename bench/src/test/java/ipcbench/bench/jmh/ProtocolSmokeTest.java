package ipcbench.bench.jmh;

import static ipcbench.bench.jmh.BenchmarkSmokeTest.smoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.Transports;
import ipcbench.transport.protocol.Protocols;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The daemon benchmarks in each protocol over the transports it runs over, minimal iterations: a
 * broken stack fails the build (its answers are checked as the frame's). Not a measurement.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProtocolSmokeTest {

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"http1, 'uds-jdk,tcp-nio'", "grpc, 'uds-netty-epoll,tcp-netty-epoll'",
            "jsonrpc, 'pipe-stdio,uds-jdk,tcp-nio'"})
    void roundTripConcurrencyAndConnectRunInTheProtocol(String protocol, String transports) throws RunnerException {
        String[] over = transports.split(",");
        Collection<RunResult> roundTrips = new Runner(smoke("\\.RoundTrip\\.").param("protocol", protocol)
                .param("transport", over).param("payload", "0", "65536").param("response", "echo", "100").build()).run();
        assertEquals(over.length * 4, roundTrips.size());
        for (RunResult result : roundTrips) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().toString());
        }
        String[] sockets = Arrays.stream(over).filter(id -> Transports.get(id).maxClients() > 1).toArray(String[]::new);
        assertEquals(sockets.length, new Runner(smoke("\\.Concurrency\\.").param("protocol", protocol)
                .param("transport", sockets).param("clients", "4").threads(4).build()).run().size());
        assertEquals(sockets.length, new Runner(smoke("\\.Connect\\.").param("protocol", protocol)
                .param("transport", sockets).build()).run().size());
    }

    @Test
    void aTransportTheProtocolDoesNotRunOverIsNotApplicableWithTheReason() {
        RunnerException failure = assertThrows(RunnerException.class, () -> new Runner(smoke("\\.RoundTrip\\.")
                .param("protocol", "http1").param("transport", "uds-junixsocket").param("payload", "64").build()).run());
        String messages = BenchmarkSmokeTest.messages(failure);
        assertTrue(messages.contains("not applicable: " + Protocols.get("http1").whyNotOver(
                Transports.get("uds-junixsocket"))), messages);
    }

    @Test
    void everyProtocolOurDaemonsSpeakRunsOverAtLeastTwoTransportsAndRawOverAll() {
        for (var protocol : Protocols.all().values()) {
            long over = Transports.all().values().stream().filter(t -> protocol.whyNotOver(t) == null).count();
            assertTrue(over == 0 || over >= 2, protocol.id() + " runs over " + over);
        }
        assertEquals(Transports.ids().size(), Transports.all().values().stream()
                .filter(t -> Protocols.get("raw").whyNotOver(t) == null).count());
    }
}
