package ipcbench.bench.floor;

import ipcbench.transport.daemon.PrivateDirectory;
import ipcbench.transport.daemon.ShortCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The C ping-pong ({@code pingpong.c}, shipped in the jar) built with the machine's {@code cc}
 * and run as a child process: the same two-process round trip as the Java floor, verified, on
 * unix stream sockets, TCP loopback, pipes or busy-spinning shared memory; and the Java
 * {@code Stream} benchmark's one-way batches on the same mechanisms. It runs with this JVM's CPU
 * affinity (the placement of the Java run); {@code daemonCpu} pins its echo (or receiving) process.
 */
public final class NativeFloor implements AutoCloseable {
    private static final String SOURCE = "/ipcbench/floor/pingpong.c";

    private final Path directory;
    private final Path binary;

    private NativeFloor(Path directory, Path binary) {
        this.directory = directory;
        this.binary = binary;
    }

    /** Why the C floor cannot be built here (no {@code cc} on the PATH), or null. */
    public static String whyNot() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "cc"))) {
                return null;
            }
        }
        return "no C compiler (cc) on the PATH";
    }

    /**
     * Compiles the ping-pong into a private directory (0700, removed at JVM exit whatever happens);
     * fails with the compiler's output.
     */
    public static NativeFloor build() throws IOException, InterruptedException {
        Path directory = PrivateDirectory.create();
        Path source = directory.resolve("pingpong.c");
        try (InputStream in = NativeFloor.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IOException(SOURCE + " is not in the benchmark jar");
            }
            Files.copy(in, source);
        }
        Path binary = directory.resolve("pingpong");
        new ShortCommand(List.of("cc", "-O2", "-o", binary.toString(), source.toString()), Duration.ofSeconds(60)).run()
                .successfulOutput();
        return new NativeFloor(directory, binary);
    }

    /**
     * One run: warm-up, then measured round trips; the mean in microseconds.
     *
     * @param daemonCpu the CPU of the echo process, or -1 for this JVM's affinity
     */
    public double roundTripMicros(String mechanism, int payload, double warmupSeconds, double measureSeconds,
                                  int daemonCpu) throws IOException, InterruptedException {
        return Double.parseDouble(measure(List.of(), mechanism, payload, warmupSeconds, measureSeconds, daemonCpu)[3])
                / 1000;
    }

    /**
     * One run of the stream mode, the Java {@code Stream} benchmark's batches of {@code chunk}-byte
     * frames mirrored (unix, tcp or pipe): payload MB/s (10^6 bytes), as Stream's {@code mb} counter.
     *
     * @param daemonCpu the CPU of the receiving process, or -1 for this JVM's affinity
     */
    public double streamMegabytesPerSecond(String mechanism, int chunk, double warmupSeconds, double measureSeconds,
                                           int daemonCpu) throws IOException, InterruptedException {
        return Double.parseDouble(measure(List.of("stream"), mechanism, chunk, warmupSeconds, measureSeconds,
                daemonCpu)[4]);
    }

    /** The binary's one line of output, split at spaces. */
    private String[] measure(List<String> mode, String mechanism, int bytes, double warmupSeconds,
                             double measureSeconds, int daemonCpu) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(mode);
        command.addAll(List.of(mechanism, Integer.toString(bytes), Double.toString(warmupSeconds),
                Double.toString(measureSeconds)));
        if (daemonCpu >= 0) {
            command.add(Integer.toString(daemonCpu));
        }
        Duration limit = Duration.ofSeconds((long) (warmupSeconds + measureSeconds) + 30);
        return new ShortCommand(command, limit).run().successfulOutput().trim().split(" ");
    }

    @Override
    public void close() throws IOException {
        PrivateDirectory.delete(directory);
    }
}
