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
 * {@link Concurrency} against a daemon nobody here wrote ({@link TargetState}): {@code clients}
 * JMH threads, each its own client, requests back to back; requests/s summed over all of them.
 * {@code clients} must equal {@code -t}; the {@code target} command runs one pass per count.
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar TargetThroughput -t 16 -p clients=16 -p target=tcp:127.0.0.1:6379 -p protocol=resp
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
@State(Scope.Benchmark)
public class TargetThroughput {

    /** Clients of the daemon, one per JMH thread; must equal JMH's {@code -t}. */
    @Param("1")
    public int clients;

    @Setup(Level.Trial)
    public void checkThreads(BenchmarkParams params) {
        Concurrency.checkThreads(params, clients);
    }

    @Benchmark
    public void request(TargetClient client) throws IOException {
        client.roundTrip();
    }
}
