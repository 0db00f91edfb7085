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

/**
 * Request/response round-trip time against a daemon in its own process: one operation is one
 * request and its verified response (length, sequence number, payload), so a broken transport
 * fails instead of looking fast.
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar RoundTrip -p transport=uds-jdk -p payload=64
 * </pre>
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
@State(Scope.Benchmark)
public class RoundTrip {

    /** Request payload in bytes (a 16-byte header comes on top). */
    @Param({"64", "1024", "16384", "65536"})
    public int payload;

    /** Response payload in bytes, or {@code echo} for the request's size. */
    @Param("echo")
    public String response;

    int responseLength;

    @Setup(Level.Trial)
    public void sizes() {
        responseLength = "echo".equals(response) ? payload : Integer.parseInt(response);
    }

    @Benchmark
    public void roundTrip(ClientState client) throws IOException {
        client.roundTrip(payload, responseLength);
    }
}
