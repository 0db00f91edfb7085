package ipcbench.bench.target;

import ipcbench.transport.daemon.ShortCommand;
import ipcbench.transport.protocol.ProtocolRequest;
import ipcbench.transport.target.TargetAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Redis's own tool on the same endpoint and request, single client, right after ipcbench measured
 * it: {@code redis-benchmark -s PATH} or {@code -h HOST -p PORT}, {@code -c 1}, PING as
 * {@code ping_mbulk} (a multi-bulk PING, as Jedis sends it), GET and SET as commands of its own on a
 * key {@code ipcbench:redis-benchmark:<random>} that is SET first for a GET and deleted after: its
 * built-in tests would write keys of their own ({@code key:__rand_int__}).
 */
public final class RedisBenchmark {
    /** About 3 s at one client over loopback here: long enough to settle, short enough to be the same minute. */
    public static final int REQUESTS = 100_000;
    /** A value travels on redis-benchmark's command line: Linux takes at most 128 KiB per argument. */
    static final int MAX_VALUE_BYTES = 64 * 1024;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private final Path program;

    private RedisBenchmark(Path program) {
        this.program = program;
    }

    /**
     * What the tool measured.
     *
     * @param requestsPerSecond its {@code rps}
     * @param meanMicros        its {@code avg_latency_ms}, in µs
     */
    public record Figures(double requestsPerSecond, double meanMicros) {
    }

    /** redis-benchmark on the PATH, or an explanation why it cannot run. */
    public static RedisBenchmark find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "redis-benchmark");
            if (Files.isExecutable(candidate)) {
                return new RedisBenchmark(candidate);
            }
        }
        throw new IllegalArgumentException("--redis-benchmark: redis-benchmark is not on the PATH (Debian: apt-get"
                + " install redis-tools)");
    }

    /** Whether the tool can send this request (it cannot carry values over {@link #MAX_VALUE_BYTES}). */
    public static String whyNot(ProtocolRequest request) {
        return request.payload() > MAX_VALUE_BYTES ? "--redis-benchmark passes the value on its command line: at most "
                + MAX_VALUE_BYTES + " bytes, not " + request.payload() : null;
    }

    /** Runs the tool against {@code address} with the request ipcbench measured; its key, if any, is removed. */
    public Figures run(TargetAddress address, ProtocolRequest request) throws IOException, InterruptedException {
        String key = "ipcbench:redis-benchmark:" + UUID.randomUUID().toString().substring(0, 8);
        String value = "x".repeat(request.payload());
        try {
            return switch (request.request()) {
                case "PING" -> figures(tool(address, REQUESTS, List.of("-t", "ping_mbulk")));
                case "GET" -> {
                    tool(address, 1, List.of("SET", key, value));
                    yield figures(tool(address, REQUESTS, List.of("GET", key)));
                }
                default -> figures(tool(address, REQUESTS, List.of("SET", key, value)));
            };
        } finally {
            if (!request.request().equals("PING")) {
                tool(address, 1, List.of("DEL", key));
            }
        }
    }

    /** The tool's CSV output: a header, then one line per test. */
    private String tool(TargetAddress address, int requests, List<String> test) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        if (address.isSocketFile()) {
            command.addAll(List.of("-s", address.socketFile().toString()));
        } else {
            command.addAll(List.of("-h", address.tcp().getAddress().getHostAddress(), "-p",
                    Integer.toString(address.tcp().getPort())));
        }
        command.addAll(List.of("-c", "1", "-n", Integer.toString(requests), "--csv"));
        command.addAll(test);
        try {
            return new ShortCommand(command, LIMIT).run().successfulOutput();
        } catch (IOException e) {
            throw new IOException("redis-benchmark on " + address + ": " + e.getMessage(), e);
        }
    }

    /** {@code "test","rps","avg_latency_ms",...}: the first test line's rate and mean. */
    static Figures figures(String csv) throws IOException {
        for (String line : csv.lines().toList()) {
            if (line.startsWith("\"") && !line.startsWith("\"test\"")) {
                String[] cells = line.substring(1, line.length() - 1).split("\",\"");
                try {
                    return new Figures(Double.parseDouble(cells[cells.length - 7]),
                            Double.parseDouble(cells[cells.length - 6]) * 1000);
                } catch (RuntimeException e) {
                    break;
                }
            }
        }
        throw new IOException("redis-benchmark printed no result: " + csv.strip());
    }
}
