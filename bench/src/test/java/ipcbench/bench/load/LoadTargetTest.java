package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import ipcbench.transport.target.ExternalDaemon;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import redis.clients.jedis.Jedis;

/**
 * {@code load --target}: the open-loop generator against a real redis-server and nginx (skipped
 * without them) over their socket file and their port, a second each (a smoke run, not a
 * measurement); and what it refuses before connecting.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LoadTargetTest {
    private static final List<String> SHORT = List.of("--rate", "500", "--connections", "2", "--warmup", "0s",
            "--duration", "1s");

    @TempDir
    Path dir;

    @Test
    void loadsRedisOverBothEndpointsAndLeavesNoKeyBehind() throws Exception {
        try (ExternalDaemon redis = ExternalDaemon.redis(); Jedis other = new Jedis("127.0.0.1", redis.port())) {
            int status = load(List.of("--target", redis.unixTarget() + "," + redis.tcpTarget(), "--protocol", "resp",
                    "--request", "SET", "--payload", "100"));
            assertAnswered(status);
            assertEndpointsLoaded(List.of(redis.unixTarget(), redis.tcpTarget()), "_rate=500_conn=2_payload=100");
            assertEquals(Set.of(), other.keys("*"));
        }
    }

    @Test
    void loadsNginxOverBothEndpoints() throws Exception {
        try (ExternalDaemon nginx = ExternalDaemon.nginx()) {
            int status = load(List.of("--target", nginx.unixTarget() + "," + nginx.tcpTarget(), "--protocol", "http1",
                    "--request", "GET " + ExternalDaemon.NGINX_OK, "--expect-bytes",
                    Integer.toString(ExternalDaemon.NGINX_BODY.length())));
            assertAnswered(status);
            assertEndpointsLoaded(List.of(nginx.unixTarget(), nginx.tcpTarget()), "_rate=500_conn=2_payload=0");
        }
    }

    @Test
    void aDeadTargetFailsTheRunNamingIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            status = load(List.of("--target", "unix:/nonexistent/redis.sock", "--protocol", "resp"));
        } finally {
            System.setOut(saved);
        }
        assertEquals(LoadMain.FAILED, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("unix:/nonexistent/redis.sock: FAILED: resp at"
                + " unix:/nonexistent/redis.sock: connecting failed"), out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--target tcp:10.0.0.1:6379 --protocol resp    | endpoint 'tcp:10.0.0.1:6379' refused: 10.0.0.1 is not a loopback",
        "--target unix:/x.sock                         | --protocol is required with a target",
        "--target unix:/x.sock --transport uds-jdk --protocol resp | give --transport (our daemons) or --target",
        "--rate 10                                     | give --transport (our daemons) or --target",
        "--transport uds-jdk --protocol resp           | resp is spoken only to daemons nobody here wrote",
        "--transport uds-jdk --request GET             | --request and --expect-* are for a --target",
        "--target unix:/x.sock --protocol resp --response 10 | --response is for our daemons",
        "--target unix:/x.sock --protocol resp --request DEL | resp sends PING, GET or SET",
    })
    void refusesBeforeConnecting(String args, String message) {
        LoadMain main = new LoadMain();
        new CommandLine(main).parseArgs(args.trim().split("\\s+"));
        CommandLine.ParameterException e = assertThrows(
                CommandLine.ParameterException.class, main::validate);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /**
     * Every request answered and verified. Whether a cold JVM keeps 500/s in its first second on a
     * shared 2-core machine is not this smoke run's question (LoadMainTest holds the rate on our daemon).
     */
    private static void assertAnswered(int status) {
        assertTrue(status == LoadMain.OK || status == LoadMain.SHORT, "exit " + status + ": a request failed");
    }

    /** One summary run per endpoint, in order, each at its rate and with its files named after it. */
    private void assertEndpointsLoaded(List<String> targets, String label) throws Exception {
        JsonArray runs = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonArray();
        assertEquals(targets.size(), runs.size(), runs.toString());
        for (int i = 0; i < targets.size(); i++) {
            JsonElement run = runs.get(i);
            assertTrue(run.toString().contains(targets.get(i)), run.toString());
            assertTrue(run.getAsJsonObject().get("count").getAsLong() > 0, run.toString());
            String file = targets.get(i).replaceAll("[^A-Za-z0-9._=-]", "_") + label;
            assertTrue(Files.size(dir.resolve(file + ".hlog")) > 0, file);
            assertTrue(Files.exists(dir.resolve(file + ".hgrm")), file);
        }
    }

    private int load(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(SHORT);
        all.addAll(List.of("--out", dir.toString()));
        return new CommandLine(new LoadMain()).execute(all.toArray(new String[0]));
    }
}
