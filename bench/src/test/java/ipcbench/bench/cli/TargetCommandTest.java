package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.cli.CommandLineProcess.Outcome;
import ipcbench.bench.run.RunDirectory;
import ipcbench.transport.target.ExternalDaemon;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import redis.clients.jedis.Jedis;

/**
 * {@code target} as a user runs it, against a real redis-server and nginx (skipped without them)
 * over their socket file and their port, with minimal JMH settings (a smoke run, not a
 * measurement); and its refusals: bad usage, a dead endpoint, a wrong answer, all before any run
 * directory exists.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TargetCommandTest {
    /** One warm-up iteration: the profiler learns the daemon's pid in the first (as for our own daemons). */
    private static final List<String> SMOKE = List.of("--", "-f", "0", "-wi", "1", "-i", "1", "-w", "100ms", "-r",
            "100ms");

    @TempDir
    Path results;

    @Test
    void measuresRedisOverItsSocketFileAndPortAndLeavesNoKeyBehind() throws Exception {
        try (ExternalDaemon redis = ExternalDaemon.redis(); Jedis other = new Jedis("127.0.0.1", redis.port())) {
            other.set("someone:else", "keep me");
            Outcome outcome = target(List.of("--protocol", "resp", "--payload", "100", "--clients", "2",
                    "--redis-benchmark", redis.unixTarget(), redis.tcpTarget()));
            assertEquals(0, outcome.status(), outcome.toString());
            assertTrue(outcome.err().contains(redis.unixTarget() + " answers GET; daemon pid [" + redis.pid() + "] "),
                    outcome.err());
            RunDirectory run = onlyRun();
            assertMeasuredBoth(run, List.of(redis.unixTarget(), redis.tcpTarget()), "GET", 2);
            JsonObject daemon = targets(run).get(0).getAsJsonObject();
            assertEquals(redis.pid(), daemon.getAsJsonArray("pids").get(0).getAsLong(), daemon.toString());
            // Debian's redis-server is a link to redis-check-rdb: /proc/<pid>/exe names the file that runs.
            assertTrue(Files.isExecutable(Path.of(daemon.get("executable").getAsString())), daemon.toString());
            assertTrue(daemon.getAsJsonArray("commandLine").get(0).getAsString().contains("redis-server"),
                    daemon.toString());
            assertTrue(daemon.get("version").getAsString().matches("redis \\d+\\.\\d+\\.\\d+"), daemon.toString());
            // redis-benchmark's figures beside ours, for each endpoint, and none of its keys left either
            String beside = Files.readString(run.redisBenchmark());
            assertTrue(outcome.out().contains(beside.strip()), outcome.out());
            for (String target : List.of(redis.unixTarget(), redis.tcpTarget())) {
                String row = beside.lines().filter(l -> l.startsWith(target + " ")).findFirst().orElseThrow();
                List<String> cells = List.of(row.substring(target.length()).trim().split("\\s+"));
                assertEquals(4, cells.size(), row);
                cells.forEach(cell -> assertTrue(Double.parseDouble(cell) > 0, row));
            }
            assertEquals(Set.of("someone:else"), other.keys("*"));
        }
    }

    @Test
    void measuresNginxOverItsSocketFileAndPort() throws Exception {
        try (ExternalDaemon nginx = ExternalDaemon.nginx()) {
            Outcome outcome = target(List.of("--protocol", "http1", "--request", "GET " + ExternalDaemon.NGINX_OK,
                    "--expect-bytes", Integer.toString(ExternalDaemon.NGINX_BODY.length()), "--clients", "2",
                    nginx.unixTarget(), nginx.tcpTarget()));
            assertEquals(0, outcome.status(), outcome.toString());
            RunDirectory run = onlyRun();
            assertMeasuredBoth(run, List.of(nginx.unixTarget(), nginx.tcpTarget()), "GET /ok", 2);
            JsonObject daemon = targets(run).get(0).getAsJsonObject();
            // The master and its worker hold the socket: both are the daemon.
            assertEquals(2, daemon.getAsJsonArray("pids").size(), daemon.toString());
            assertEquals(nginx.pid(), daemon.getAsJsonArray("pids").get(0).getAsLong(), daemon.toString());
            assertTrue(daemon.get("version").getAsString().startsWith("nginx/"), daemon.toString());
        }
    }

    @Test
    void aWrongStatusOrBodyLengthFailsNamingTheEndpointBeforeAnythingRuns() throws Exception {
        try (ExternalDaemon nginx = ExternalDaemon.nginx()) {
            Outcome status = target(List.of("--protocol", "http1", "--request", "GET /missing", nginx.tcpTarget()));
            assertEquals(TargetCommand.UNREACHABLE, status.status(), status.toString());
            assertTrue(status.err().contains("http1 at " + nginx.tcpTarget() + ": GET /missing (request 0) answered 404"),
                    status.err());
            Outcome length = target(List.of("--protocol", "http1", "--request", "GET /ok", "--expect-bytes", "3",
                    nginx.unixTarget()));
            assertEquals(TargetCommand.UNREACHABLE, length.status(), length.toString());
            assertTrue(length.err().contains("answered a body of " + ExternalDaemon.NGINX_BODY.length()
                    + " bytes, expected 3"), length.err());
            assertTrue(CommandLineProcess.runDirectories(results).isEmpty());
        }
    }

    @Test
    void aDeadEndpointFailsWithinSecondsNamingIt() throws Exception {
        int closedPort;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        for (String dead : List.of("unix:/nonexistent/redis.sock", "tcp:127.0.0.1:" + closedPort)) {
            long start = System.nanoTime();
            Outcome outcome = target(List.of("--protocol", "resp", dead));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertEquals(TargetCommand.UNREACHABLE, outcome.status(), outcome.toString());
            assertTrue(outcome.err().contains("resp at " + dead + ": connecting failed"), outcome.err());
            assertTrue(seconds < 10, seconds + " s");
        }
        assertTrue(CommandLineProcess.runDirectories(results).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--protocol resp tcp:10.1.2.3:6379          | endpoint 'tcp:10.1.2.3:6379' refused: 10.1.2.3 is not a loopback",
        "--protocol resp tcp:db.example.com:6379    | not the name 'db.example.com' (names are not looked up",
        "--protocol resp /run/redis.sock            | an endpoint is unix:/path/to/socket or tcp:HOST:PORT",
        "--protocol resp                            | give at least one ENDPOINT",
        "--protocol grpc unix:/run/x.sock           | grpc speaks to our daemons (-p protocol=grpc), not to a target",
        "--protocol resp --request FLUSHALL unix:/run/x.sock | resp sends PING, GET or SET (of a key of its own), not 'FLUSHALL'",
        "--protocol resp --expect-status 200 unix:/run/x.sock | --expect-status and --expect-bytes are for --protocol http1",
        "--protocol http1 --request GET unix:/run/x.sock | an http1 request is 'METHOD PATH'",
        "--protocol resp --clients 0 unix:/run/x.sock | --clients must be at least 1, got 0",
        "--protocol resp unix:/run/x.sock unix:/run/x.sock | endpoint unix:/run/x.sock is named twice",
        "--protocol http1 --redis-benchmark unix:/run/x.sock | --redis-benchmark is for --protocol resp",
        "--protocol resp --payload 100000 --redis-benchmark unix:/run/x.sock | at most 65536 bytes, not 100000",
        "unix:/run/x.sock                           | --protocol is required with a target (valid: raw, resp, http1)",
    })
    void badUsageIsOneLineAndExitTwoBeforeAnyConnection(String args, String message) throws Exception {
        Outcome outcome = target(List.of(args.trim().split("\\s+")));
        assertEquals(2, outcome.status(), outcome.toString());
        List<String> lines = outcome.err().lines().toList();
        assertEquals(1, lines.size(), outcome.err());
        assertTrue(lines.get(0).startsWith("run-bench.sh target: "), lines.get(0));
        assertTrue(lines.get(0).contains(message), lines.get(0));
        assertTrue(CommandLineProcess.runDirectories(results).isEmpty());
    }

    @Test
    void helpSaysWhatItMeasuresAndHow() throws Exception {
        Outcome outcome = target(List.of("--help"));
        assertEquals(0, outcome.status(), outcome.toString());
        assertTrue(outcome.out().contains("unix:/path/to/socket or tcp:HOST:PORT"), outcome.out());
        assertTrue(outcome.out().contains("--expect-status"), outcome.out());
    }

    /** Every endpoint measured in both benchmarks, every row labelled by its target and the request sent. */
    private static void assertMeasuredBoth(RunDirectory run, List<String> targets, String request, int clients)
            throws Exception {
        JsonArray rows = JsonParser.parseString(Files.readString(run.jmhJson())).getAsJsonArray();
        Set<String> seen = new HashSet<>();
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            JsonObject params = row.getAsJsonObject("params");
            assertEquals(request, params.get("request").getAsString(), row.toString());
            String benchmark = row.get("benchmark").getAsString();
            seen.add(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1) + " "
                    + row.get("mode").getAsString() + " " + params.get("target").getAsString()
                    + (params.has("clients") ? " clients=" + params.get("clients").getAsString() : ""));
            JsonObject secondary = row.getAsJsonObject("secondaryMetrics");
            assertTrue(secondary.has("cpu.client.user"), row.toString());
            if (!row.get("mode").getAsString().equals("sample")) {
                assertTrue(secondary.has("cpu.daemon.user"), "root reads every process: " + secondary.keySet());
            }
        }
        Set<String> expected = new HashSet<>();
        for (String target : targets) {
            expected.addAll(List.of("TargetLatency.roundTrip avgt " + target, "TargetLatency.roundTrip sample " + target,
                    "TargetThroughput.request thrpt " + target + " clients=1",
                    "TargetThroughput.request thrpt " + target + " clients=" + clients));
        }
        assertEquals(expected, seen);
        assertTrue(Files.exists(run.envJson()));
    }

    private static JsonArray targets(RunDirectory run) throws Exception {
        JsonObject env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("os (the daemons are not ours)", env.get("cpuPlacement").getAsString());
        return env.getAsJsonArray("targets");
    }

    private RunDirectory onlyRun() throws Exception {
        List<Path> dirs = CommandLineProcess.runDirectories(results);
        assertEquals(1, dirs.size(), dirs.toString());
        return RunDirectory.at(dirs.get(0));
    }

    private Outcome target(List<String> args) throws Exception {
        List<String> all = new ArrayList<>(List.of("target"));
        all.addAll(args);
        if (args.contains("--clients") || args.stream().anyMatch(a -> a.startsWith("unix:") || a.startsWith("tcp:"))) {
            all.addAll(SMOKE);
        }
        return CommandLineProcess.run(results, all);
    }
}
