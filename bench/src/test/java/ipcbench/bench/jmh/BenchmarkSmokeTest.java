package ipcbench.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.Transports;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark, every transport, minimal iterations: a broken parameter combination or a
 * transport that fails verification fails the build. Not a measurement.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BenchmarkSmokeTest {

    static ChainedOptionsBuilder smoke(String include) {
        return new OptionsBuilder().include(include).forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100)).mode(Mode.AverageTime).shouldFailOnError(true);
    }

    @Test
    void roundTripRunsOnEveryTransport() throws RunnerException {
        Collection<RunResult> results = new Runner(smoke("\\.RoundTrip\\.")
                .param("transport", Transports.ids().toArray(new String[0]))
                .param("payload", "64", "65536").build()).run();
        assertEquals(Transports.ids().size() * 2, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().toString());
        }
    }

    @Test
    void roundTripRunsWithAnInProcessDaemonAndAnAsymmetricResponse() throws RunnerException {
        Collection<RunResult> results = new Runner(smoke("\\.RoundTrip\\.").param("transport", "uds-jdk", "tcp-nio")
                .param("daemon", "in-process").param("payload", "64").param("response", "4096").build()).run();
        assertEquals(2, results.size());
    }

    /** Each JMH thread opens, uses and closes its own connection, so it owns that connection's loop. */
    @Test
    void everyBenchmarkRunsTheNettyClientDrivenByItsCaller() throws RunnerException {
        Collection<RunResult> results = new Runner(smoke("\\.(RoundTrip|Stream|Connect)\\.")
                .param("transport", "uds-netty-epoll").param("client", "caller").param("payload", "64")
                .param("chunk", "65536").build()).run();
        assertEquals(3, results.size());
        assertEquals(1, new Runner(smoke("\\.Concurrency\\.").param("transport", "tcp-netty-epoll")
                .param("client", "caller").param("clients", "2").threads(2).build()).run().size());
    }

    @Test
    void floorRunsOnEveryMechanism() throws RunnerException {
        assertEquals(3, new Runner(smoke("\\.Floor\\.").build()).run().size());
    }

    @Test
    void aSingleClientTransportRefusesSeveralThreads() {
        RunnerException failure = assertThrows(RunnerException.class, () -> new Runner(smoke("\\.RoundTrip\\.")
                .param("transport", "pipe-fifo").param("payload", "64").threads(2).build()).run());
        String messages = messages(failure);
        assertTrue(messages.contains("not applicable: pipe-fifo serves 1 client(s) at a time"), messages);
    }

    @Test
    void connectRefusesATransportThatCannotReconnect() {
        RunnerException failure = assertThrows(RunnerException.class, () -> new Runner(smoke("\\.Connect\\.")
                .param("transport", "pipe-stdio").build()).run());
        String messages = messages(failure);
        assertTrue(messages.contains("not applicable: pipe-stdio cannot connect again"), messages);
    }

    /** JMH wraps a benchmark's exception in its own, as a cause or as suppressed exceptions. */
    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                all.append(messages(suppressed));
            }
        }
        return all.toString();
    }
}
