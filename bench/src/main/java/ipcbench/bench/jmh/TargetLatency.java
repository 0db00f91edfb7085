package ipcbench.bench.jmh;

import ipcbench.transport.daemon.JvmFlags;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RoundTrip} against a daemon nobody here wrote ({@link TargetState}): one client, one
 * operation is one request in the target's protocol and its verified answer. (Not named after
 * RoundTrip: a JMH pattern {@code RoundTrip} would then run this too, without a target.)
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar TargetLatency -p target=unix:/run/redis/redis.sock -p protocol=resp
 * </pre>
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
public class TargetLatency {

    @Benchmark
    public void roundTrip(TargetClient client) throws IOException {
        client.roundTrip();
    }
}
