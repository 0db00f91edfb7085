package ipcbench.bench.jmh;

import ipcbench.transport.daemon.JvmFlags;
import ipcbench.transport.wire.Frame;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * One-way bulk transfer to the daemon: one operation is a batch of {@link #BATCH_BYTES} of
 * payload sent as {@code chunk}-byte frames that ask for no response, the last of which asks for
 * an empty acknowledgement. The batch is only counted once that ack arrives and is verified, and
 * the daemon parses every frame header on the way (a lost or extra byte breaks the framing), so
 * the bytes are checked end to end. The {@code mb} counter is payload throughput in MB/s
 * (10^6 bytes; the 16-byte frame headers are not counted).
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar Stream -p transport=uds-jdk,tcp-nio,pipe-stdio -p chunk=65536
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
@State(Scope.Benchmark)
public class Stream {
    static final int BATCH_BYTES = 4 * 1024 * 1024;

    /** Payload bytes per frame: 64 KiB (a pipe's buffer) or 1 MiB. */
    @Param({"65536", "1048576"})
    public int chunk;

    int chunksPerBatch;

    @Setup(Level.Trial)
    public void sizes() {
        chunksPerBatch = Math.max(1, BATCH_BYTES / chunk);
    }

    /** Payload bytes moved, reported per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        public double mb;

        @Setup(Level.Iteration)
        public void reset() {
            mb = 0; // JMH divides the value at the end of each iteration by its time
        }
    }

    @Benchmark
    public void batch(ClientState client, Bytes bytes) throws IOException {
        for (int i = 1; i < chunksPerBatch; i++) {
            client.connection.send(client.sequence++, chunk, Frame.NO_RESPONSE);
        }
        client.roundTrip(chunk, 0);
        bytes.mb += chunksPerBatch * (double) chunk / 1e6;
    }
}
