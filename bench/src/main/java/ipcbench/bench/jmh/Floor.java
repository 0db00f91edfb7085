package ipcbench.bench.jmh;

import ipcbench.bench.floor.BareEcho;
import ipcbench.transport.ByteStream;
import ipcbench.transport.ClientConfig;
import ipcbench.transport.pipe.ChildPipes;
import ipcbench.transport.stream.ChannelStream;
import ipcbench.transport.daemon.ChildJvm;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.JvmFlags;
import ipcbench.transport.daemon.PrivateDirectory;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under {@link RoundTrip}: a bare ping-pong with a {@link BareEcho} process over the
 * same mechanism, with nothing of ipcbench's in the loop (no framing, no verification, no
 * deadline). RoundTrip's harness overhead is its time over this one's, measured in the same run
 * (see {@code scripts/run-bench.sh floor}, which alternates the two).
 *
 * <p>The mechanisms match RoundTrip's {@code uds-jdk} (uds), {@code tcp-nio} (tcp) and
 * {@code pipe-stdio} (pipe): the same client API on the same kind of kernel object.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgs = {JvmFlags.SERIAL_GC, JvmFlags.BENCHMARK_HEAP_MIN, JvmFlags.BENCHMARK_HEAP_MAX,
        JvmFlags.NO_LEAK_DETECTION, JvmFlags.AGRONA_UNSAFE})
@State(Scope.Benchmark)
public class Floor {

    @Param({"uds", "tcp", "pipe"})
    public String mechanism;

    @Param("64")
    public int payload;

    private Path directory;
    private ChildJvm echo;
    private ByteStream stream;
    private ByteBuffer buffer;

    @Setup(Level.Trial)
    public void start() throws IOException {
        directory = PrivateDirectory.create();
        boolean pipe = "pipe".equals(mechanism);
        echo = ChildJvm.start("floor echo (" + mechanism + ")", BareEcho.class,
                List.of(mechanism, Integer.toString(payload), directory.toString()),
                DaemonOptions.DEFAULT_JVM_ARGS, ChildJvm.defaultJava(), pipe, DaemonOptions.defaults().readyTimeout());
        if (pipe) {
            // the channels pipe-stdio's client uses, so that RoundTrip/Floor compares like with like
            stream = ChildPipes.open(echo.process(), ClientConfig.DEFAULT_DEADLINE);
        } else {
            SocketChannel channel = "uds".equals(mechanism)
                    ? SocketChannel.open(UnixDomainSocketAddress.of(echo.address()))
                    : SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                            Integer.parseInt(echo.address())));
            if (!"uds".equals(mechanism)) {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            stream = ChannelStream.of(channel);
        }
        buffer = ByteBuffer.allocateDirect(payload);
    }

    @Benchmark
    public void pingPong() throws IOException {
        buffer.clear();
        stream.write(buffer);
        buffer.clear();
        while (buffer.hasRemaining()) {
            if (stream.read(buffer) < 0) {
                throw new EOFException("floor echo closed the connection");
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (stream != null) {
            stream.close();
        }
        if (echo != null) {
            echo.close();
        }
        PrivateDirectory.delete(directory);
    }
}
