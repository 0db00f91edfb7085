package ipcbench.report.cli;

import static ipcbench.report.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.bench.run.RunDirectory;
import ipcbench.report.Cli;
import ipcbench.report.SampleModeRun;
import ipcbench.report.load.HlogFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: compare tests the tails, p99 and p99.9 per fork and the load generator's p99 per interval. */
class TailCompareTest {
    private static final double[] OLD_P99S = {50, 52, 48, 51};
    private static final String LOAD_RUN = "uds-jdk_rate=20000_conn=1_payload=64";
    private static final double[] OLD_INTERVALS = {50, 52, 48, 51, 49, 50.5, 51.5, 49.5};

    @TempDir
    Path dir;

    @Test
    void aThirtyPercentWorseP99WithTheSameMeansFailsTheGate() throws IOException {
        Path old = SampleModeRun.write(dir.resolve("old"), OLD_P99S);
        Path neu = SampleModeRun.write(dir.resolve("new"), scaled(OLD_P99S, 1.3));

        Cli c = run("compare", old.toString(), neu.toString());

        assertEquals(ExitCodes.REGRESSION, c.exitCode(), c.out());
        String means = section(c.out(), "us/op (lower", "us/op · p99 ");
        assertTrue(line(means, "tcp-nio").matches(".*\\s~\\s+p=1\\.000 n=4\\+4 forks.*"), means);
        String p99 = section(c.out(), "us/op · p99 (lower", "us/op · p99.9 ");
        // every new fork above every old one: the exact two-sided p of 4 against 4, 2/70
        assertTrue(line(p99, "tcp-nio").matches(".*\\s50\\.50\\s+65\\.65\\s+\\+30\\.00%\\s+p=0\\.029 n=4\\+4 forks"
                + "\\s+REGRESSION beyond 10%.*"), p99);
        String p999 = section(c.out(), "us/op · p99.9 (lower", "significant regression");
        assertTrue(line(p999, "tcp-nio").matches(".*\\s~\\s+p=1\\.000 n=4\\+4 forks.*"), p999);
        assertTrue(c.out().contains("1 significant regression(s) beyond 10%."), c.out());

        JsonObject json = json(run("compare", old.toString(), neu.toString(), "--format", "json"));
        assertEquals(1, json.get("gateFailures").getAsInt());
        JsonObject p99Table = table(json, "p99");
        assertEquals("sample", p99Table.get("mode").getAsString());
        JsonObject row = p99Table.getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals("regression", row.get("verdict").getAsString());
        assertTrue(row.get("failsGate").getAsBoolean());
        assertEquals("forks", row.get("samples").getAsString());
        assertEquals(50.5, row.getAsJsonObject("old").get("median").getAsDouble(), 1e-9);
        assertEquals(0.3, row.get("change").getAsDouble(), 1e-9);
        assertEquals("no_change", table(json, "mean").getAsJsonArray("rows").get(0).getAsJsonObject()
                .get("verdict").getAsString());

        String md = run("compare", old.toString(), neu.toString(), "--format", "md").out();
        assertTrue(md.contains("### ipcbench.bench.jmh.RoundTrip.roundTrip · sample · us/op · p99 (lower is better)"), md);
        assertTrue(md.contains("| transport | payload | old | new | delta | p (n) | note |"), md);
    }

    @Test
    void twoRunsOfTheSameTailsPass() throws IOException {
        Path old = SampleModeRun.write(dir.resolve("old"), OLD_P99S);
        Path neu = SampleModeRun.write(dir.resolve("new"), 51.5, 49, 50.5, 52.5);

        Cli c = run("compare", old.toString(), neu.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.out());
        String p99 = line(section(c.out(), "· p99 (lower", "· p99.9"), "tcp-nio");
        assertTrue(p99.matches(".*\\s~\\s+p=0\\.\\d+ n=4\\+4 forks.*"), c.out());
        assertFalse(c.out().contains("REGRESSION"), c.out());
    }

    @Test
    void twoForksASideAreTooFewToTestATail() throws IOException {
        Path old = SampleModeRun.write(dir.resolve("old"), 50, 52);
        Path neu = SampleModeRun.write(dir.resolve("new"), 65, 67.6);

        Cli c = run("compare", old.toString(), neu.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.out());
        String row = line(section(c.out(), "· p99 (lower", "· p99.9"), "tcp-nio");
        assertTrue(row.matches(".*\\s\\?\\s+n=2\\+2 forks\\s+"
                + "too few samples to test \\(need 4 per side\\); change \\+30\\.00%.*"), row);
        // pooled with a second run a side, the forks are enough
        Path old2 = SampleModeRun.write(dir.resolve("old2"), 48, 51);
        Path new2 = SampleModeRun.write(dir.resolve("new2"), 62.4, 66.3);
        Cli pooled = run("compare", old + "," + old2, neu + "," + new2);
        assertEquals(ExitCodes.REGRESSION, pooled.exitCode(), pooled.out());
    }

    @Test
    void theLoadGeneratorsP99IsComparedByInterval() throws IOException {
        Path old = loadRun("old", OLD_INTERVALS);
        Path same = loadRun("same", 51, 49.5, 50, 52.5, 48.5, 50.5, 51, 50);
        Path slower = loadRun("slower", scaled(OLD_INTERVALS, 1.3));
        Path brief = loadRun("brief", 65, 66, 64);

        Cli c = run("compare", old.toString(), slower.toString());
        assertEquals(ExitCodes.REGRESSION, c.exitCode(), c.out());
        String load = section(c.out(), "load · corrected · us · p99 (lower is better)", "significant regression");
        assertTrue(line(load, "uds-jdk").matches("uds-jdk\\s+20000\\s+1\\s+64\\s.*\\+(29|30)\\.\\d\\d%"
                + "\\s+p=0\\.\\d+ n=8\\+8 intervals\\s+REGRESSION beyond 10%.*"), load);

        Cli aa = run("compare", old.toString(), same.toString());
        assertEquals(ExitCodes.OK, aa.exitCode(), aa.out());
        assertTrue(line(aa.out(), "uds-jdk").matches(".*\\s~\\s+p=0\\.\\d+ n=8\\+8 intervals.*"), aa.out());

        Cli few = run("compare", old.toString(), brief.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, few.exitCode(), few.out());
        JsonObject row = table(json(few), "p99").getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals("too_few_samples", row.get("verdict").getAsString());
        assertEquals("intervals", row.get("samples").getAsString());
        assertEquals(3, row.getAsJsonObject("new").get("n").getAsInt());
    }

    @Test
    void aRunWithBothJmhResultsAndLoadLogsIsComparedOnBoth() throws IOException {
        Path old = SampleModeRun.write(dir.resolve("old"), OLD_P99S);
        HlogFixture.write(RunDirectory.at(old).loadDir(), LOAD_RUN, OLD_INTERVALS);
        Path neu = SampleModeRun.write(dir.resolve("new"), OLD_P99S);
        HlogFixture.write(RunDirectory.at(neu).loadDir(), "tcp-nio_rate=20000_conn=1_payload=64", OLD_INTERVALS);

        Cli c = run("compare", old.toString(), neu.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.out());
        // the load runs differ by transport: listed apart, as a one-sided JMH series would be
        assertTrue(c.out().contains("Only in old (not compared)\n\n  load corrected us transport=uds-jdk rate=20000"), c.out());
        assertTrue(c.out().contains("Only in new (not compared)\n\n  load corrected us transport=tcp-nio rate=20000"), c.out());
    }

    private Path loadRun(String name, double... p99s) throws IOException {
        Path run = dir.resolve(name);
        HlogFixture.write(RunDirectory.at(run).loadDir(), LOAD_RUN, p99s);
        return run;
    }

    private static double[] scaled(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    private static JsonObject table(JsonObject comparison, String statistic) {
        JsonArray tables = comparison.getAsJsonArray("tables");
        for (int i = 0; i < tables.size(); i++) {
            JsonObject t = tables.get(i).getAsJsonObject();
            if (t.get("statistic").getAsString().equals(statistic)) {
                return t;
            }
        }
        throw new AssertionError("no " + statistic + " table: " + comparison);
    }

    private static JsonObject json(Cli c) {
        return JsonParser.parseString(c.out()).getAsJsonObject();
    }

    /** The output from the line containing {@code from} to the next containing {@code to}. */
    private static String section(String out, String from, String to) {
        int start = out.indexOf(from);
        assertTrue(start >= 0, "no '" + from + "' in\n" + out);
        int end = out.indexOf(to, start + from.length());
        return end < 0 ? out.substring(start) : out.substring(start, end);
    }

    /** The first line containing the text. */
    private static String line(String out, String text) {
        return out.lines().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(out));
    }
}
