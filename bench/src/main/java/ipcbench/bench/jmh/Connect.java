package ipcbench.bench.jmh;

import ipcbench.transport.ClientConnection;
import ipcbench.transport.protocol.Exchange;
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
 * The command-line-client pattern ({@code docker ps} opens the socket, sends one request, reads
 * the answer, closes): one operation is connect + one 64 B request and its verified response +
 * close, against the trial's daemon, which accepts each connection with its own server model.
 * Reported as connections/s; the mean time per connection is its inverse. Transports without a
 * listening socket are not applicable ({@link Applicability}).
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar Connect -p transport=uds-jdk,tcp-nio
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
public class Connect {
    static final int PAYLOAD = 64;

    @Benchmark
    public void connectRequestClose(DaemonState daemon) throws IOException {
        if (daemon.raw()) {
            try (ClientConnection connection = daemon.connect()) {
                connection.roundTrip(0, PAYLOAD, PAYLOAD);
            }
        } else {
            try (Exchange exchange = daemon.exchangeOnce()) {
                exchange.roundTrip(0);
            }
        }
    }
}
