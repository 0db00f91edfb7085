package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.jmh.Applicability;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.RunningJvm;
import ipcbench.bench.run.Affinity;
import ipcbench.transport.protocol.Protocols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark families on every registered transport, minimal iterations, through RunFamily as
 * the command line calls it: the applicable transports produce results, the others a
 * not-applicable line with the reason. Not a measurement.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class RunFamilyTest {
    private static final String ALL = String.join(",", Transports.ids());
    private static final List<String> SMOKE = List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-foe", "true");

    @TempDir
    Path dir;

    @Test
    void concurrencyRunsEveryTransportThatTakesTheClientsAndReportsTheOthersAsNotApplicable() throws IOException {
        JsonArray results = run("Concurrency", List.of("--clients", "1,2"), "-p", "transport=" + ALL);
        List<Transport> oneClient = Transports.all().values().stream().filter(t -> t.maxClients() < 2).toList();
        assertEquals(Transports.ids().size() * 2 - oneClient.size(), results.size());
        assertEquals(oneClient.stream().map(t -> "Concurrency\tclients=2 transport=" + t.id() + "\tnot applicable: "
                + t.id() + " serves 1 client(s) at a time; this benchmark asked for 2").toList(), notApplicable());
        for (JsonElement result : results) {
            String clients = result.getAsJsonObject().getAsJsonObject("params").get("clients").getAsString();
            assertEquals(clients, result.getAsJsonObject().get("threads").getAsString());
            assertTrue(score(result) > 0, result.toString());
        }
    }

    @Test
    void connectRunsEveryTransportThatCanConnectAgainAndSaysWhyNotForTheOthers() throws IOException {
        JsonArray results = run("Connect", List.of(), "-p", "transport=" + ALL);
        List<String> notConnectable = Transports.all().values().stream()
                .filter(t -> Applicability.whyNot("Connect", t, 1) != null).map(Transport::id).toList();
        assertEquals(Transports.ids().size() - notConnectable.size(), results.size());
        List<String> lines = notApplicable();
        assertEquals(notConnectable.size(), lines.size(), lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).contains("transport=" + notConnectable.get(i) + "\tnot applicable: "), lines.get(i));
        }
        assertTrue(String.join("\n", lines).contains("pipe-stdio cannot connect again"), lines.toString());
        assertTrue(String.join("\n", lines).contains("pipe-fifo has no listening socket"), lines.toString());
    }

    @Test
    void streamRunsEveryTransportAndCountsMegabytes() throws IOException {
        JsonArray results = run("Stream", List.of(), "-p", "transport=" + ALL, "-p", "chunk=65536");
        results.addAll(run("Stream", List.of(), "-p", "transport=uds-jdk", "-p", "chunk=1048576"));
        assertEquals(Transports.ids().size() + 1, results.size());
        assertEquals(List.of(), notApplicable());
        for (JsonElement result : results) {
            double mb = result.getAsJsonObject().getAsJsonObject("secondaryMetrics").getAsJsonObject("mb")
                    .get("score").getAsDouble();
            // one op is a 4 MiB batch: the MB/s counter is 4.194304 x the batches/s
            assertEquals(score(result) * 4.194304, mb, mb * 1e-6, result.toString());
        }
    }

    @Test
    void longWarmupTransportsRunInAPassOfTheirOwnAndAreListedInTheOrderAsked() throws IOException {
        // uds-netty-epoll needs the long warm-up (a capability of the transport, not a list here).
        JsonArray results = run("Connect", List.of("--long-warmup-iterations", "2"),
                "-p", "transport=uds-jdk,uds-netty-epoll,tcp-nio");
        List<String> order = new ArrayList<>();
        for (JsonElement result : results) {
            String transport = result.getAsJsonObject().getAsJsonObject("params").get("transport").getAsString();
            order.add(transport);
            int expected = transport.equals("uds-netty-epoll") ? 2 : 0;
            assertEquals(expected, result.getAsJsonObject().get("warmupIterations").getAsInt(), transport);
        }
        assertEquals(List.of("uds-jdk", "uds-netty-epoll", "tcp-nio"), order);
    }

    @Test
    void tailsAtTheSmallestPayloadAreOnePassMoreInSampleModeAfterEachPass() throws IOException {
        // uds-netty-epoll's pass (long warm-up) gets its own tails pass, with its own settings.
        JsonArray results = run("RoundTrip", List.of("--tails-at-smallest-payload", "--long-warmup-iterations", "1"),
                "-bm", "avgt", "-p", "payload=1024,64", "-p", "transport=uds-jdk,uds-netty-epoll");
        List<String> rows = new ArrayList<>();
        for (JsonElement result : results) {
            JsonObject row = result.getAsJsonObject();
            JsonObject params = row.getAsJsonObject("params");
            rows.add(row.get("mode").getAsString() + " " + params.get("payload").getAsString() + " "
                    + params.get("transport").getAsString() + " wi=" + row.get("warmupIterations").getAsInt());
        }
        assertEquals(List.of("avgt 1024 uds-jdk wi=0", "avgt 1024 uds-netty-epoll wi=1", "avgt 64 uds-jdk wi=0",
                "avgt 64 uds-netty-epoll wi=1", "sample 64 uds-jdk wi=0", "sample 64 uds-netty-epoll wi=1"), rows);
    }

    @Test
    void forksPinnedApartFromTheRunnerRunAndRecordTheJvmTheyRanNotTheLauncher() throws IOException {
        List<String> oneFork = List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-bm", "avgt", "-foe", "true",
                "-p", "payload=64", "-p", "transport=uds-jdk");
        JsonArray results = runWith("RoundTrip", List.of("--fork-cpus", "0"), oneFork);
        assertEquals(1, results.size());
        JsonObject row = results.get(0).getAsJsonObject();
        assertEquals(RunningJvm.currentJava(), row.get("jvm").getAsString());
        assertTrue(row.getAsJsonObject("primaryMetric").get("score").getAsDouble() > 0);
    }

    @Test
    void aPassWhoseDaemonsTakeTheRunnersCpuMovesTheRunnerToTheClientsForItsDurationOnly() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs 2 CPUs: the daemon's and the client's");
        String before = Affinity.of(ProcessHandle.current().pid());
        List<String> oneFork = List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-bm", "avgt", "-foe", "true",
                "-p", "payload=64", "-p", "transport=shm-spin");
        JsonArray results = runWith("RoundTrip", List.of("--fork-cpus", "0", "--own-cpus-daemon", "1"), oneFork);
        assertEquals(1, results.size());
        assertEquals(before, Affinity.of(ProcessHandle.current().pid()), "the runner back where it was");
    }

    @Test
    void eachServerModelRunsOnTheTransportsThatOfferItAndTheOthersSayWhyNot() throws IOException {
        // The daemons run on this JVM (17 in CI): virtual threads are then not applicable, saying so.
        boolean virtualRuns = Runtime.version().feature() >= 21;
        JsonArray results = run("Connect", List.of(), "-p", "transport=tcp-socket,tcp-nio,uds-netty-epoll",
                "-p", "server=default,selector,virtual");
        List<String> rows = new ArrayList<>();
        for (JsonElement result : results) {
            var params = result.getAsJsonObject().getAsJsonObject("params");
            rows.add(params.get("server").getAsString() + " " + params.get("transport").getAsString());
        }
        List<String> expected = new ArrayList<>(List.of("default tcp-socket", "default tcp-nio",
                "default uds-netty-epoll", "selector tcp-nio"));
        if (virtualRuns) {
            expected.addAll(List.of("virtual tcp-socket", "virtual tcp-nio"));
        }
        assertEquals(expected, rows);
        String lines = String.join("\n", notApplicable());
        assertTrue(lines.contains("Connect\tserver=selector transport=tcp-socket\tnot applicable: tcp-socket"
                + " has no selectable channel"), lines);
        assertTrue(lines.contains("server=selector transport=uds-netty-epoll\tnot applicable: "
                + "uds-netty-epoll has one server model, its own"), lines);
        assertTrue(virtualRuns || lines.contains("server=virtual transport=tcp-nio\tnot applicable: "
                + "server model virtual needs a daemon JVM of 21 or later; the daemon's is 17"), lines);
    }

    @Test
    void aRowWithoutAnIntervalGetsAForkMergedIntoItsRowAndOneOutOfReachNoMore() throws IOException {
        // One iteration per fork: no interval until a second fork; then ±0.1 % is out of reach, no third fork.
        Path precision = dir.resolve("precision.json");
        JsonArray results = runWith("RoundTrip", List.of("--precision", "0.1%", "--budget", "60s",
                "--precision-json", precision.toString()), List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "100ms",
                "-bm", "avgt", "-foe", "true", "-p", "transport=uds-jdk", "-p", "payload=64"));

        assertEquals(1, results.size(), "one row with all its forks");
        JsonObject result = results.get(0).getAsJsonObject();
        assertEquals(2, result.get("forks").getAsInt(), result.toString());
        assertEquals(2, result.getAsJsonObject("primaryMetric").getAsJsonArray("rawData").size());
        assertEquals("uds-jdk", result.getAsJsonObject("params").get("transport").getAsString());
        JsonObject row = JsonParser.parseString(Files.readString(precision)).getAsJsonObject().getAsJsonArray("rows")
                .get(0).getAsJsonObject();
        assertFalse(row.get("met").getAsBoolean(), "±0.1% is out of reach: " + row);
        assertEquals(2, row.get("forks").getAsInt());
        assertEquals(1, row.get("addedForks").getAsInt());
        assertTrue(row.has("diagnosis"), row.toString());
        assertTrue(row.get("moreForks").isJsonNull(), "out of reach: " + row);
    }

    @Test
    void aFirstPassKeptForLaterIsResumedIntoJmhJsonWithItsPrecision() throws IOException {
        Path firstPass = dir.resolve("first-pass.ser");
        List<String> jmh = List.of("-f", "1", "-wi", "0", "-i", "2", "-r", "100ms", "-bm", "avgt", "-foe", "true",
                "-p", "transport=uds-jdk", "-p", "payload=64");
        assertEquals(0, runWith("RoundTrip", List.of("--first-pass-to", firstPass.toString()), jmh).size(),
                "nothing in jmh.json yet");
        assertTrue(Files.size(firstPass) > 0);

        Path precision = dir.resolve("precision.json");
        JsonArray results = runWith("RoundTrip", List.of("--resume-from", firstPass.toString(), "--precision", "50%",
                "--budget", "1s", "--precision-json", precision.toString()), jmh);
        assertEquals(1, results.size());
        assertEquals(2, results.get(0).getAsJsonObject().getAsJsonObject("primaryMetric").getAsJsonArray("rawData")
                .get(0).getAsJsonArray().size(), "the first pass's two iterations");
        assertFalse(Files.exists(firstPass), "taken");
        assertEquals(1, JsonParser.parseString(Files.readString(precision)).getAsJsonObject().getAsJsonArray("rows").size());
    }

    @Test
    void eachProtocolRunsOverTheTransportsItRunsOverAndTheOthersSayWhyNot() throws IOException {
        JsonArray results = run("Connect", List.of(), "-p", "transport=uds-jdk,uds-junixsocket",
                "-p", "protocol=raw,http1");
        List<String> rows = new ArrayList<>();
        for (JsonElement result : results) {
            var params = result.getAsJsonObject().getAsJsonObject("params");
            rows.add(params.get("protocol").getAsString() + " " + params.get("transport").getAsString());
            assertTrue(score(result) > 0, result.toString());
        }
        assertEquals(List.of("raw uds-jdk", "raw uds-junixsocket", "http1 uds-jdk"), rows);
        assertEquals(List.of("Connect\tprotocol=http1 transport=uds-junixsocket\tnot applicable: "
                + Protocols.get("http1").whyNotOver(Transports.get("uds-junixsocket"))), notApplicable());
    }

    private JsonArray run(String benchmark, List<String> options, String... jmh) throws IOException {
        List<String> args = new ArrayList<>(SMOKE);
        args.addAll(List.of(jmh));
        return runWith(benchmark, options, args);
    }

    private JsonArray runWith(String benchmark, List<String> options, List<String> jmh) throws IOException {
        Path json = dir.resolve(benchmark + ".json");
        Files.deleteIfExists(json);
        List<String> args = new ArrayList<>(List.of("--benchmark", benchmark, "--json", json.toString(),
                "--not-applicable", dir.resolve("not-applicable.txt").toString()));
        args.addAll(options);
        args.add("--");
        args.addAll(jmh);
        assertEquals(0, new CommandLine(new RunFamily()).execute(args.toArray(new String[0])));
        return Files.exists(json) ? JsonParser.parseString(Files.readString(json)).getAsJsonArray() : new JsonArray();
    }

    private List<String> notApplicable() throws IOException {
        return Files.readAllLines(dir.resolve("not-applicable.txt"));
    }

    private static double score(JsonElement result) {
        return result.getAsJsonObject().getAsJsonObject("primaryMetric").get("score").getAsDouble();
    }
}
