package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.cli.CommandLineProcess.Outcome;
import ipcbench.bench.run.RunDirectory;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.protocol.Protocols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line as scripts/run-bench.sh runs it, in a JVM of its own (exit status, stdout and
 * stderr, the results folder from {@code IPCBENCH_RESULTS}): bad usage is one line and exit 2 with
 * no run directory; a benchmark that fails keeps its directory and log and says so.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MainTest {
    @TempDir
    Path results;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--only roundtrp                      | unknown family 'roundtrp' (valid: roundtrip, concurrency, connect, stream)",
        "--profile fast                       | unknown profile 'fast' (valid: quick, full, ci)",
        "--placement middle                   | unknown placement 'middle' (valid: same, split, os)",
        "-- -p transport=uds-jdkk             | unknown transport 'uds-jdkk' (valid: tcp-socket, tcp-nio,",
        "-- -f                                | JMH option -f needs a value",
        "-- -zz 1                             | JMH: z is not a recognized option",
        "NoSuchBenchmark                      | no benchmark matches [NoSuchBenchmark] (benchmarks: ",
        "load --transport uds-jdk --rate -5   | run-bench.sh load: --rate must be positive, got -5",
        "load --transport uds-jdkk            | unknown transport 'uds-jdkk' (valid: ",
        "load --transport pipe-stdio --connections 2 | --transport pipe-stdio: pipe-stdio serves 1 client(s) at a time; this benchmark asked for 2",
        "load --transport uds-jdk --client caller | --transport uds-jdk: uds-jdk's client does its I/O on the caller's thread",
        "load --transport uds-netty-epoll --client polling | unknown client model 'polling' (valid: default, caller)",
        "floor --rounds 0                     | run-bench.sh floor: --rounds must be at least 1, got 0",
        "--precision 5                        | not a precision: '5' (e.g. 5%, 0.5%, off)",
        "--budget soon                        | not a duration: 'soon' (e.g. 30s, 500ms, 2m)",
        "--daemon-java /no/java               | --daemon-java /no/java is not an executable file",
        "--inject-delay uds-jdk500ns          | run-bench.sh: --inject-delay: bad injected delay 'uds-jdk500ns' (expected TRANSPORT:NANOSns or TRANSPORT:MICROSus, e.g. uds-jdk:500ns)",
        "--inject-delay uds-jdkk:500ns        | --inject-delay: unknown transport 'uds-jdkk'; known: tcp-socket, tcp-nio,",
        "load --transport uds-jdk --inject-delay uds-jdk:2000us | run-bench.sh load: --inject-delay: an injected delay must be 1 ns to 1000 us, is 2000000 ns",
        "load --transport uds-jdk --daemon-java /no/java | --daemon-java /no/java is not an executable file",
        "load --transport uds-jdk --placement mid | unknown placement 'mid' (valid: same, split, os)",
        "floor --iterations 2 --placement mid     | unknown placement 'mid' (valid: same, split, os)",
    })
    void badUsageIsOneLineAndExitTwoAndLeavesNoRunDirectory(String args, String message) throws Exception {
        Outcome outcome = run(List.of(args.trim().split("\\s+")));
        assertEquals(2, outcome.status(), outcome.toString());
        List<String> lines = outcome.err().lines().toList();
        assertEquals(1, lines.size(), outcome.err());
        assertTrue(lines.get(0).startsWith("run-bench.sh"), lines.get(0));
        assertTrue(lines.get(0).contains(message), lines.get(0));
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        assertTrue(runDirectories().isEmpty(), "left: " + runDirectories());
    }

    @Test
    void listNamesEveryRegisteredTransportFirstWithItsAvailabilityAndFamilies() throws Exception {
        Outcome outcome = run(List.of("list"));
        assertEquals(0, outcome.status(), outcome.toString());
        List<String> lines = outcome.out().lines().takeWhile(line -> !line.isEmpty()).toList();
        assertEquals(Transports.ids().size(), lines.size(), outcome.out());
        for (String protocol : Protocols.ids()) {
            assertTrue(outcome.out().contains("\nprotocol " + protocol + " "), outcome.out());
        }
        for (int i = 0; i < lines.size(); i++) {
            Transport transport = Transports.all().get(Transports.ids().get(i));
            String[] words = lines.get(i).split("\\s+");
            assertEquals(transport.id(), words[0]);
            assertEquals(transport.unavailabilityCause() == null ? "available" : "unavailable:", words[1]);
            assertTrue(lines.get(i).contains(transport.description()), lines.get(i));
            assertTrue(lines.get(i).contains("roundtrip"), lines.get(i));
        }
        assertTrue(outcome.out().contains("[roundtrip, concurrency (1 client), stream]  server: default  client: default"),
                outcome.out());
        assertTrue(outcome.out().contains("server: default, selector, virtual (JDK 21+)  client: default"), outcome.out());
    }

    @Test
    void aBenchmarkThatFailsKeepsItsDirectoryAndLogAndSaysSo() throws Exception {
        // Not a response length: the first trial fails in its set-up.
        Outcome outcome = run(List.of("--only", "roundtrip", "--", "-p", "transport=uds-jdk", "-p", "payload=64",
                "-p", "response=lots", "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-bm", "avgt"));
        assertTrue(outcome.status() != 0, outcome.toString());
        List<Path> dirs = runDirectories();
        assertEquals(1, dirs.size());
        RunDirectory run = RunDirectory.at(dirs.get(0));
        assertTrue(Files.size(run.jmhLog()) > 0);
        assertTrue(Files.exists(run.envJson()));
        assertTrue(outcome.err().contains("its directory is kept: " + run), outcome.err());
    }

    @Test
    void envJsonHasTheFlagsTheForksRanWithTheDaemonsTheyStartedAndThePrecisionAskedFor() throws Exception {
        Outcome outcome = run(List.of("--only", "roundtrip", "--precision", "50%", "--budget", "15s", "--",
                "-p", "transport=uds-jdk", "-p", "payload=64", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-bm", "avgt",
                "-jvmArgsAppend", "-Dipcbench.test=1"));
        assertEquals(0, outcome.status(), outcome.toString());
        RunDirectory run = RunDirectory.at(runDirectories().get(0));
        JsonObject env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertTrue(env.get("jvmFlags").getAsString().endsWith(" -Dipcbench.test=1"), env.toString());
        assertEquals("thread per connection (pooled)",
                env.getAsJsonObject("daemonModels").get("uds-jdk (process)").getAsString());
        assertEquals("same", env.get("cpuPlacement").getAsString());
        assertEquals("50%", env.get("precision").getAsString());
        assertEquals(15, env.get("budgetSeconds").getAsLong());
        JsonObject precision = JsonParser.parseString(Files.readString(run.precisionJson())).getAsJsonObject();
        assertEquals(1, precision.getAsJsonArray("rows").size(), precision.toString());
        assertTrue(outcome.out().contains("precision (RoundTrip): "), outcome.out());
        try (var files = Files.list(run.root())) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("first-pass"))
                    .toList(), "the first pass, taken by the precision step");
        }
    }

    private List<Path> runDirectories() throws IOException {
        return CommandLineProcess.runDirectories(results);
    }

    private Outcome run(List<String> args) throws Exception {
        return CommandLineProcess.run(results, args);
    }
}
