package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.run.DaemonRecord;
import ipcbench.bench.run.CpuSteadiness;
import ipcbench.bench.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvInfoTest {

    @Test
    void recordsTheFlagsTheForksRanWithAndEachDaemonsServerModel(@TempDir Path dir) throws IOException {
        RunDirectory run = RunDirectory.at(dir);
        // Two results as JMH writes them: the second fork set got -jvmArgsAppend.
        Files.writeString(run.jmhJson(), """
                [{"benchmark": "ipcbench.bench.jmh.RoundTrip.roundTrip", "jvm": "/jdk/bin/java", "jdkVersion": "17.0.15",
                  "vmVersion": "17.0.15+6", "jvmArgs": ["-XX:+UseSerialGC", "-Xmx256m"]},
                 {"benchmark": "ipcbench.bench.jmh.RoundTrip.roundTrip", "jvm": "/jdk/bin/java", "jdkVersion": "17.0.15",
                  "vmVersion": "17.0.15+6", "jvmArgs": ["-XX:+UseSerialGC", "-Xmx256m", "-Dx=1"]}]
                """);
        new DaemonRecord("uds-jdk", "process", "thread per connection (pooled)", 11, "/jdk/bin/java", List.of("-Xmx128m"), "17.0.15+6",
                "0").appendTo(run.daemons());
        new DaemonRecord("uds-jdk", "process", "one selector thread (non-blocking channels)", 13, "/jdk/bin/java",
                List.of("-Xmx128m"), "17.0.15+6", "0").appendTo(run.daemons());
        new DaemonRecord("shm-spin", "process", "one client at a time on a ring pair, busy-spinning", 14, "/jdk/bin/java",
                List.of("-Xmx128m"), "17.0.15+6", "1").appendTo(run.daemons());
        new DaemonRecord("pipe-stdio", "process", "one stream (stdin/stdout)", 12, "/jdk/bin/java", List.of("-Xmx128m"), "17.0.15+6",
                "0").appendTo(run.daemons());

        new EnvInfo("quick", "same", "roundtrip: ...", List.of("-unused"), "abc1234").write(run);

        JsonObject env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("-XX:+UseSerialGC -Xmx256m | -XX:+UseSerialGC -Xmx256m -Dx=1", env.get("jvmFlags").getAsString());
        assertEquals(2, env.getAsJsonArray("benchmarkJvms").size());
        JsonObject models = env.getAsJsonObject("daemonModels");
        assertEquals("thread per connection (pooled); one selector thread (non-blocking channels)",
                models.get("uds-jdk (process)").getAsString());
        JsonObject cpus = env.getAsJsonObject("daemonCpus");
        assertEquals("1", cpus.get("shm-spin").getAsString(), "a spinning daemon on a CPU of its own says so");
        assertEquals("0", cpus.get("uds-jdk").getAsString());
        assertEquals("one stream (stdin/stdout)", models.get("pipe-stdio (process)").getAsString());
        assertEquals(1, env.getAsJsonArray("daemonJvms").size());
        assertEquals("abc1234", env.get("gitCommit").getAsString());
    }

    @Test
    void aBenchmarkRunRecordsItsPrecisionTargetAndBudget(@TempDir Path dir) throws IOException {
        RunDirectory run = RunDirectory.at(dir);
        new EnvInfo("quick", "same", "roundtrip: ...", List.of(), "abc1234",
                new PrecisionGoal(0.05, Duration.ofSeconds(270))).write(run);
        JsonObject env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("5%", env.get("precision").getAsString());
        assertEquals(270, env.get("budgetSeconds").getAsLong());

        new EnvInfo("quick", "same", "roundtrip: ...", List.of(), "abc1234", PrecisionGoal.OFF).write(run);
        env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("off", env.get("precision").getAsString());
        assertFalse(env.has("budgetSeconds"));

        new EnvInfo("quick", "same", "roundtrip: ...", List.of(), "abc1234", PrecisionGoal.OFF,
                List.of(new CpuSteadiness("start", 5.0, 1.01, 1.2, 200), new CpuSteadiness("end", 5.0, 2.1, 2.4, 100)))
                .write(run);
        env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("start: a 5.0 ms chunk of work, p90 1.01x, max 1.20x its median (200 chunks); end: a 5.0 ms chunk"
                + " of work, p90 2.10x, max 2.40x its median (100 chunks), unsteady", env.get("cpuSteadiness").getAsString());
        assertFalse(env.get("cpuSteady").getAsBoolean());

        new EnvInfo("load", "split", "load --rate 1000", List.of(), "abc1234").write(run);
        assertFalse(JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject().has("precision"));
    }

    @Test
    void withoutJmhResultsTheGivenFlagsAreRecorded(@TempDir Path dir) throws IOException {
        RunDirectory run = RunDirectory.at(dir);
        new EnvInfo("load", "split", "load --rate 1000", List.of("-XX:+UseSerialGC", "-Xmx256m"), "abc1234").write(run);
        JsonObject env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("-XX:+UseSerialGC -Xmx256m", env.get("jvmFlags").getAsString());
        assertEquals("split", env.get("cpuPlacement").getAsString());
    }

    @Test
    void aDaemonsInjectedDelayIsRecordedNextToTheProfileAndARunWithoutOneHasNoSuchKey(@TempDir Path dir)
            throws IOException {
        RunDirectory run = RunDirectory.at(dir);
        new DaemonRecord("tcp-nio", "process", "thread per connection (pooled)", 11, "/jdk/bin/java", List.of(),
                "17.0.15+6", "0").appendTo(run.daemons());
        new EnvInfo("ci", "same", "roundtrip: ...", List.of(), "abc1234", PrecisionGoal.OFF).write(run);
        assertFalse(JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject().has("injectedDelay"));

        for (long pid : new long[] {12, 13}) { // a daemon per trial: one line for the run
            new DaemonRecord("uds-jdk", "process", "thread per connection (pooled)", pid, "/jdk/bin/java", List.of(),
                    "17.0.15+6", "0", "raw", 500L).appendTo(run.daemons());
        }
        new EnvInfo("ci", "same", "roundtrip: ...", List.of(), "abc1234", PrecisionGoal.OFF).write(run);
        JsonObject env = JsonParser.parseString(Files.readString(run.envJson())).getAsJsonObject();
        assertEquals("uds-jdk:500ns", env.get(EnvInfo.INJECTED_DELAY).getAsString());
    }
}
