package ipcbench.report.cli;

import static ipcbench.report.Cli.arg;
import static ipcbench.report.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ipcbench.report.Cli;
import ipcbench.report.ForkMeansRun;
import ipcbench.bench.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cases of issue 6, on the synthetic runs in src/test/resources/runs. */
class CompareCommandTest {

    @Test
    void twentyPercentSlowdownWithTightSamplesIsFlaggedAndExits1() {
        Cli c = run("compare", arg("tight-old"), arg("tight-slower"));

        assertEquals(ExitCodes.REGRESSION, c.exitCode(), c.err());
        String row = line(c.out(), "tcp-nio");
        assertTrue(row.contains("+20.00%"), row);
        assertTrue(row.contains("REGRESSION beyond 10%"), row);
        assertTrue(c.out().contains("1 significant regression(s) beyond 10%."), c.out());
        // the same slowdown under a looser gate is still shown, but passes
        Cli loose = run("compare", arg("tight-old"), arg("tight-slower"), "--threshold", "25%");
        assertEquals(ExitCodes.OK, loose.exitCode(), loose.err());
        assertTrue(line(loose.out(), "tcp-nio").contains("regression within 25%"), loose.out());
    }

    @Test
    void aSlowdownInAnInformationalRowIsShownButDoesNotFailTheGate() {
        for (String row : List.of("transport=tcp-nio", "RoundTrip")) {
            Cli c = run("compare", arg("tight-old"), arg("tight-slower"), "--informational", "payload=1," + row);
            assertEquals(ExitCodes.OK, c.exitCode(), c.out());
            assertTrue(c.out().lines().anyMatch(l -> l.startsWith("tcp-nio")
                    && l.endsWith("regression beyond 10% (informational: not gated)")), c.out());
            assertTrue(c.out().contains("(rows of payload=1, " + row + " are informational: compared, not gated)"), c.out());
            assertTrue(c.out().contains("No significant regression beyond 10%."), c.out());
        }
        Cli other = run("compare", arg("tight-old"), arg("tight-slower"), "--informational", "transport=uds-jdk");
        assertEquals(ExitCodes.REGRESSION, other.exitCode(), "another transport's row still gates: " + other.out());
        Cli json = run("compare", arg("tight-old"), arg("tight-slower"), "--informational", "transport=tcp-nio",
                "--format", "json");
        assertTrue(json.out().contains("\"informational\": true"), json.out());
    }

    @Test
    void threePercentWithinNoiseIsTildeAndExits0() {
        Cli c = run("compare", arg("noisy-old"), arg("noisy-new"));

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String row = line(c.out(), "tcp-nio");
        assertTrue(row.matches(".*\\s~\\s+p=0\\.\\d+ n=10\\+10.*"), row);

        JsonObject json = json(run("compare", arg("noisy-old"), arg("noisy-new"), "--format", "json"));
        JsonObject r = json.getAsJsonArray("tables").get(0).getAsJsonObject()
                .getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals("no_change", r.get("verdict").getAsString());
        assertEquals(0.03, r.get("change").getAsDouble(), 1e-9);
        assertTrue(r.get("pValue").getAsDouble() > 0.05);
    }

    @Test
    void withFourForksASideTheForkIsTheSampleSoForkToForkDriftIsNotARegression() {
        // Four forks a side, tight within each fork but 10-13.5 us apart: +14.5 % on average.
        Cli c = run("compare", arg("fork-drift-old"), arg("fork-drift-new"));

        assertEquals(ExitCodes.OK, c.exitCode(), c.out());
        String row = line(c.out(), "tcp-nio");
        assertTrue(row.matches(".*\\s~\\s+p=0\\.\\d+ n=4\\+4 forks.*"), row);
        // Taken as 20 independent iterations a side, the same data looks like a regression.
        Cli byIteration = run("compare", arg("fork-drift-old"), arg("fork-drift-new"), "--samples", "iterations");
        assertEquals(ExitCodes.REGRESSION, byIteration.exitCode(), byIteration.out());
        assertTrue(line(byIteration.out(), "tcp-nio").contains("n=20+20"), byIteration.out());
        // Two forks a side (the other resources) are too few: iterations, as the header says.
        String twoForks = line(run("compare", arg("noisy-old"), arg("noisy-new")).out(), "tcp-nio");
        assertTrue(twoForks.contains("n=10+10") && !twoForks.contains("forks"), twoForks);
    }

    @Test
    void withFourRunsASideTheRunIsTheSampleSoAWholeRunsShiftIsNotARegression(@TempDir Path dir) throws IOException {
        // Two tight forks a run; the runs themselves lie apart, as on a shared VM: the new side +11 % on average.
        String old = runs(dir, "old", 10.0, 10.4, 9.7, 10.2);
        String neu = runs(dir, "new", 12.0, 10.6, 11.8, 10.4);

        Cli byRun = run("compare", old, neu);
        assertEquals(ExitCodes.OK, byRun.exitCode(), byRun.out());
        assertTrue(line(byRun.out(), "uds-jdk").matches(".*\\s~\\s+p=0\\.\\d+ n=4\\+4 runs.*"), byRun.out());
        assertTrue(byRun.out().contains("Welch's t-test on run means where both sides have 4 runs or more"), byRun.out());
        // Taken as 8 independent forks a side, the same runs look like a regression.
        Cli byFork = run("compare", old, neu, "--samples", "forks");
        assertEquals(ExitCodes.REGRESSION, byFork.exitCode(), byFork.out());
        assertTrue(line(byFork.out(), "uds-jdk").contains("n=8+8 forks"), byFork.out());
        // Three runs a side are too few: auto falls back to forks.
        String threeOld = old.substring(0, old.lastIndexOf(','));
        String threeNew = neu.substring(0, neu.lastIndexOf(','));
        assertTrue(line(run("compare", threeOld, threeNew).out(), "uds-jdk").contains("n=6+6 forks"));
    }

    @Test
    void aSlowdownOfEveryRunIsARegressionByRun(@TempDir Path dir) throws IOException {
        Cli c = run("compare", runs(dir, "old", 10.0, 10.2, 9.9, 10.1), runs(dir, "new", 11.5, 11.73, 11.385, 11.615),
                "--alpha", "0.01", "--format", "json");

        assertEquals(ExitCodes.REGRESSION, c.exitCode(), c.out());
        JsonObject row = json(c).getAsJsonArray("tables").get(0).getAsJsonObject().getAsJsonArray("rows").get(0)
                .getAsJsonObject();
        assertEquals("runs", row.get("samples").getAsString());
        assertEquals(0.15, row.get("change").getAsDouble(), 1e-9);
    }

    @Test
    void aRunHoldingOneSeriesTwiceCountsAsOneRunOfAllItsForks(@TempDir Path dir) throws IOException {
        // A precision pass appends the forks it adds as a result of their own: the run is still one sample.
        List<Path> old = new ArrayList<>();
        for (double mean : new double[] {10.0, 10.2, 9.9, 10.1}) {
            Path run = ForkMeansRun.write(dir.resolve("old" + mean), Map.of("uds-jdk", new double[] {mean}), null);
            Path json = RunDirectory.at(run).jmhJson();
            JsonArray results = JsonParser.parseString(Files.readString(json)).getAsJsonArray();
            JsonObject added = results.get(0).getAsJsonObject().deepCopy();
            JsonArray fork = new JsonArray();
            List.of(mean + 2, mean + 2, mean + 2).forEach(fork::add);
            JsonArray forks = new JsonArray();
            forks.add(fork);
            added.getAsJsonObject("primaryMetric").add("rawData", forks);
            results.add(added);
            Files.writeString(json, results.toString());
            old.add(run);
        }
        String neu = runs(dir, "new", 11.0, 11.2, 10.9, 11.1);

        JsonObject row = json(run("compare", join(old), neu, "--format", "json")).getAsJsonArray("tables").get(0)
                .getAsJsonObject().getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals("runs", row.get("samples").getAsString());
        assertEquals(4, row.getAsJsonObject("old").get("n").getAsInt(), row.toString());
        // each old run's mean is its two forks' (mean and mean + 2), so the sides' means are equal
        assertEquals(0.0, row.get("change").getAsDouble(), 1e-9, row.toString());
    }

    @Test
    void aRunWithAnInjectedDelayOnEitherSideIsWarnedOfInEveryFormat(@TempDir Path dir) throws IOException {
        Map<String, double[]> rows = Map.of("uds-jdk", new double[] {10.0, 10.2, 9.9, 10.1});
        Path plain = ForkMeansRun.write(dir.resolve("plain"), rows, null);
        Path plain2 = ForkMeansRun.write(dir.resolve("plain2"), rows, null);
        Path delayed = ForkMeansRun.write(dir.resolve("delayed"), rows, "uds-jdk:1500ns");
        String warning = "the new side's run " + delayed + " had a test-only delay injected into its daemons"
                + " (uds-jdk:1500ns): it measures the delay, not the code";

        assertTrue(run("compare", plain.toString(), plain2 + "," + delayed).out().contains("WARNING: " + warning));
        assertTrue(run("compare", plain + "," + plain2, delayed.toString(), "--format", "md").out()
                .contains("**Warning:** " + warning));
        JsonObject json = json(run("compare", delayed.toString(), plain.toString(), "--format", "json"));
        assertEquals(List.of("the old side's run " + delayed + " had a test-only delay injected into its daemons"
                + " (uds-jdk:1500ns): it measures the delay, not the code"), StreamSupport.stream(
                json.getAsJsonArray("envWarnings").spliterator(), false).map(JsonElement::getAsString).toList());
        assertFalse(run("compare", plain.toString(), plain2.toString()).out().contains("WARNING"));
    }

    @Test
    void improvementIsShownAsOne() {
        Cli c = run("compare", arg("tight-slower"), arg("tight-old"));

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String row = line(c.out(), "tcp-nio");
        assertTrue(row.contains("-16.67%"), row);
        assertTrue(row.contains("improvement"), row);
        assertFalse(c.out().contains("REGRESSION"), c.out());
    }

    @Test
    void rowsOnOneSideOnlyAreListedApart() {
        Cli c = run("compare", arg("mixed-old"), arg("mixed-new"));

        String out = c.out();
        int onlyOld = out.indexOf("Only in old");
        int onlyNew = out.indexOf("Only in new");
        assertTrue(onlyOld > 0 && onlyNew > onlyOld, out);
        assertTrue(out.substring(onlyOld, onlyNew).contains("RoundTrip.roundTrip avgt us/op transport=pipe-fifo payload=64"), out);
        assertTrue(out.substring(onlyNew).contains("transport=pipe-stdio"), out);
        // compared rows do not mention them
        assertFalse(out.substring(0, onlyOld).contains("pipe-"), out);
        // a row with too few samples is compared, but says it was not tested
        assertTrue(line(out, "uds-jdk").contains("too few samples to test (need 4 per side)"), out);
        assertTrue(out.contains("WARNING: jdkVersion differs: old '17.0.15', new '21.0.5'"), out);
    }

    @Test
    void serverAndClientModelsKeySeriesAndAnOlderRunWithoutThemIsAtTheDefaults() {
        // models-after: tight-old's samples at server=default client=default, and tight-slower's (+20 %) at
        // server=selector. Compared against tight-old, which has no model parameters, only the default row
        // pairs up; the selector row is one-sided, not a regression against the old default.
        Cli c = run("compare", arg("tight-old"), arg("models-after"));

        assertEquals(ExitCodes.OK, c.exitCode(), c.out());
        assertTrue(line(c.out(), "tcp-nio").matches(".*\\s~\\s+p=1\\.000 n=10\\+10.*"), c.out());
        assertFalse(c.out().contains("Only in old"), c.out());
        int onlyNew = c.out().indexOf("Only in new");
        assertTrue(onlyNew > 0 && c.out().substring(onlyNew)
                .contains("RoundTrip.roundTrip avgt us/op payload=64 response=echo server=selector transport=tcp-nio"),
                c.out());

        // Two models on both sides: each row is compared with its own model, whichever side lacks the parameters.
        Cli both = run("compare", arg("models-after"), arg("models-after"), "--format", "json");
        JsonArray rows = json(both).getAsJsonArray("tables").get(0).getAsJsonObject().getAsJsonArray("rows");
        assertEquals(2, rows.size(), both.out());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(0.0, rows.get(i).getAsJsonObject().get("change").getAsDouble(), 1e-12, both.out());
        }
    }

    @Test
    void missingFileAndMalformedJsonExit2NamingTheFile() {
        String missing = Cli.runDir("tight-old").resolve("nope.json").toString();
        Cli m = run("compare", arg("tight-old"), missing);
        assertEquals(ExitCodes.BAD_INPUT, m.exitCode());
        assertTrue(m.err().contains(missing + ": no such file"), m.err());
        assertEquals("", m.out());

        Cli bad = run("compare", arg("malformed"), arg("tight-old"));
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains(Cli.runDir("malformed").resolve("jmh.json") + ": malformed JSON"), bad.err());
    }

    @Test
    void throughputAndTimeModesGetTheRightDirection() {
        // old -> new: time per op falls 20 %, operations per second rise 20 %: both better
        JsonObject forward = json(run("compare", arg("mixed-old"), arg("mixed-new"), "--format", "json"));
        assertEquals(List.of("avgt:true:improvement", "thrpt:false:improvement"), directions(forward));
        assertEquals(0, forward.get("gateFailures").getAsInt());

        // the other way round both are regressions, and the gate fails
        Cli backward = run("compare", arg("mixed-new"), arg("mixed-old"), "--format", "md");
        assertEquals(ExitCodes.REGRESSION, backward.exitCode(), backward.err());
        assertTrue(backward.out().contains("### ipcbench.bench.jmh.Burst.burst · thrpt · ops/s (higher is better)"),
                backward.out());
        assertTrue(line(backward.out(), "| tcp-nio | 60000 ").contains("-16.67%"), backward.out());
        assertEquals(2, backward.out().lines().filter(l -> l.contains("REGRESSION beyond 10%")).count(), backward.out());
    }

    private static List<String> directions(JsonObject comparison) {
        JsonArray tables = comparison.getAsJsonArray("tables");
        return StreamSupport.stream(tables.spliterator(), false).map(t -> t.getAsJsonObject())
                .map(t -> t.get("mode").getAsString() + ":" + t.get("lowerIsBetter").getAsBoolean() + ":"
                        + t.getAsJsonArray("rows").get(0).getAsJsonObject().get("verdict").getAsString())
                .toList();
    }

    /** Runs of uds-jdk 64 B round trips, one per mean, each of two forks 0.5 % either side of it; comma-separated. */
    private static String runs(Path dir, String side, double... runMeans) throws IOException {
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < runMeans.length; i++) {
            double m = runMeans[i];
            runs.add(ForkMeansRun.write(dir.resolve(side + (i + 1)), Map.of("uds-jdk", new double[] {m * 0.995, m * 1.005}),
                    null));
        }
        return join(runs);
    }

    private static String join(List<Path> runs) {
        return String.join(",", runs.stream().map(Path::toString).toList());
    }

    private static JsonObject json(Cli c) {
        return JsonParser.parseString(c.out()).getAsJsonObject();
    }

    /** The first output line containing the text. */
    private static String line(String out, String text) {
        return out.lines().filter(l -> l.contains(text)).findFirst().orElseThrow(() -> new AssertionError(out));
    }
}
