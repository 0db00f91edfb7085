package ipcbench.bench.jmh;

import ipcbench.transport.daemon.JvmFlags;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Many clients, one daemon: {@code clients} JMH threads, each with its own connection
 * ({@link ClientState}), send 64 B requests back to back to the trial's one daemon, which serves
 * them with its transport's own server model (printed in the log as {@code # ipcbench daemon:}).
 * One operation is one verified request/response of one client; JMH's throughput is the sum over
 * all clients (requests/s), and the mean time per request is {@code clients / throughput}
 * (Little's law: every client always has exactly one request outstanding).
 *
 * <p>JMH's thread count is not a parameter, so {@code clients} must equal {@code -t};
 * {@code RunFamily} (used by {@code scripts/run-bench.sh}) runs one JMH pass per client count:
 * <pre>
 *   java -jar bench/target/benchmarks.jar Concurrency -t 4 -p clients=4 -p transport=uds-jdk
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
@State(Scope.Benchmark)
public class Concurrency {
    static final int PAYLOAD = 64;

    /** Connections to the daemon, one per JMH thread; must equal JMH's {@code -t}. */
    @Param("1")
    public int clients;

    @Setup(Level.Trial)
    public void checkThreads(BenchmarkParams params) {
        checkThreads(params, clients);
    }

    /** JMH's thread count is not a parameter: a {@code clients} parameter must say the same, or the rows lie. */
    static void checkThreads(BenchmarkParams params, int clients) {
        if (params.getThreads() != clients) {
            throw new IllegalArgumentException("clients=" + clients + " needs as many JMH threads (-t " + clients
                    + "), this run has " + params.getThreads());
        }
    }

    @Benchmark
    public void request(ClientState client) throws IOException {
        client.roundTrip(PAYLOAD, PAYLOAD);
    }
}
