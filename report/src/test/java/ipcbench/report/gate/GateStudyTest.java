package ipcbench.report.gate;

import static ipcbench.report.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import ipcbench.report.Cli;
import ipcbench.report.ForkMeansRun;
import ipcbench.report.cli.ExitCodes;
import ipcbench.report.compare.ComparedRun;
import ipcbench.report.compare.SampleUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's study on synthetic runs of 3 forks each, 2 rounds a side: A runs of one distribution,
 * B runs 15 % slower on uds-jdk; and A runs where the machine slowed down half-way.
 */
class GateStudyTest {
    private static final double[][] UDS = {{10.0, 10.2, 9.9}, {10.1, 9.8, 10.05}, {9.95, 10.15, 10.0}, {10.2, 9.9, 10.1}};
    private static final double[][] TCP = {{20.1, 19.8, 20.2}, {20.0, 20.3, 19.9}, {19.85, 20.1, 20.05}, {20.2, 19.95, 20.0}};
    private static final String DELAY = "uds-jdk:1500ns";

    @TempDir
    Path dir;

    @Test
    void aaComparisonsOfOneDistributionPassAndAFifteenPercentSlowerTransportIsCaughtAtTenButNotTwentyPercent()
            throws IOException {
        List<Path> a = aRuns(1.0);
        List<Path> b = List.of(runOf("b1", scaled(UDS[1], 1.15), TCP[2], DELAY), runOf("b2", scaled(UDS[3], 1.15), TCP[0], DELAY));

        GateStudy study = GateStudy.of(read(a), read(b), 2, List.of(0.20, 0.10), 0.05, SampleUnit.AUTO, List.of());

        assertEquals(List.of(0.10, 0.20), study.thresholds());
        assertEquals(3, study.aa().size()); // A1+A2|A3+A4, A1+A3|A2+A4, A1+A4|A2+A3
        assertEquals(1, study.aa().stream().filter(GateStudy.Compared::independent).count());
        assertTrue(study.aa().stream().allMatch(c -> c.gateFailures(0) == 0), "an A/A comparison failed");
        assertEquals(6, study.ab().size()); // C(4,2) A sides x the one B side
        for (GateStudy.Compared c : study.ab()) {
            for (GateStudy.RowOutcome r : c.rows()) {
                boolean uds = r.key().params().get("transport").equals("uds-jdk");
                assertEquals(uds, study.delayed(r.key()));
                assertEquals(List.of(uds, false), r.failsGate(), c + " " + r);
            }
        }

        Cli md = run("gate-study", join(a), join(b), "--threshold", "10%,20%");
        assertEquals(ExitCodes.OK, md.exitCode(), md.err());
        assertTrue(md.out().contains("| A/A comparisons failing the gate (false alarms) | 0 of 3 (0.00%) | 0 of 3 (0.00%) |"),
                md.out());
        assertTrue(md.out().contains("| A/B comparisons where a uds-jdk row fails the gate (caught) | 6 of 6 (100%) |"
                + " 0 of 6 (0.00%) |"), md.out());
        assertTrue(md.out().contains("| A/B comparisons where another row fails the gate | 0 of 6 (0.00%) |"), md.out());
        assertTrue(md.out().contains("| A1+A3 | A2+A4 (*bench.yml*) | 0 | pass | pass |"), md.out());
        // Listed: bench.yml's own comparison, and every A/B one since at 20 % none catches the delay.
        assertTrue(md.out().contains("## A/A comparisons\n\n1 of 3: bench.yml's own and those failing the gate at some"
                + " threshold; every other passed.\n"), md.out());
        assertTrue(md.out().contains("## A/B comparisons\n\nAll 6.\n"), md.out());
        assertTrue(md.out().contains("| **delayed** RoundTrip.roundTrip avgt mean payload=64 transport=uds-jdk | 6 |"),
                md.out());
        assertTrue(md.out().contains("- B2: `" + b.get(1) + "`"), md.out());
    }

    @Test
    void whenTheMachineSlowsHalfWayOnlyTheSplitThatIsNotInterleavedCriesWolfAsCompareItselfSays() throws IOException {
        List<Path> a = aRuns(1.15);

        GateStudy study = GateStudy.of(read(a), List.of(), 2, List.of(0.10), 0.05, SampleUnit.AUTO, List.of());

        Map<String, Long> failures = study.aa().stream().collect(Collectors.toMap(
                c -> label(c.old()) + " " + label(c.neu()), c -> c.gateFailures(0), (x, y) -> x, LinkedHashMap::new));
        assertEquals(Map.of("A1+A2 A3+A4", 2L, "A1+A3 A2+A4", 0L, "A1+A4 A2+A3", 0L), failures);
        study.tallies(study.aa()).values().forEach(t -> assertEquals(1, t.failures(0)));
        // each comparison as compare makes it from the command line, with the same runs pooled the same way
        for (GateStudy.Compared c : study.aa()) {
            Cli compare = run("compare", join(pick(a, c.old())), join(pick(a, c.neu())), "--format", "json");
            long gate = JsonParser.parseString(compare.out()).getAsJsonObject().get("gateFailures").getAsLong();
            assertEquals(gate, c.gateFailures(0), compare.out());
            assertEquals(gate > 0 ? ExitCodes.REGRESSION : ExitCodes.OK, compare.exitCode());
        }
        Cli md = run("gate-study", join(a));
        assertTrue(md.out().contains("| A/A rows failing the gate per comparison (the issue's target: at most 1 in 20,"
                + " 0.05) | 0.667 |"), md.out());
        assertTrue(md.out().contains("| A/A as bench.yml makes them, failing the gate | 0 of 1 (0.00%) |"), md.out());
        assertTrue(md.out().contains("| A1+A2 | A3+A4 | 2 | **FAIL** 2 row(s) |"), md.out());
        assertFalse(md.out().contains("A/B"), md.out());
    }

    @Test
    void withFourRoundsTheRunsAreTheSamplesAndRunToRunScatterNoLongerCriesWolf() throws IOException {
        // Eight runs of two tight forks each, the runs 3-20 % apart as on a shared VM (docs/ci.md).
        double[] runMeans = {10.0, 10.4, 9.7, 10.2, 12.0, 10.6, 11.8, 10.4};
        List<Path> a = new ArrayList<>();
        for (int i = 0; i < runMeans.length; i++) {
            double m = runMeans[i];
            a.add(runOf("a" + (i + 1), new double[] {m * 0.995, m * 1.005}, new double[] {2 * m, 2 * m * 1.01}, null));
        }

        GateStudy byRun = GateStudy.of(read(a), List.of(), 4, List.of(0.05), 0.05, SampleUnit.AUTO, List.of());
        GateStudy byFork = GateStudy.of(read(a), List.of(), 4, List.of(0.05), 0.05, SampleUnit.FORKS, List.of());

        assertEquals(35, byRun.aa().size()); // C(8,4) / 2
        assertEquals(Set.of(SampleUnit.RUNS), byRun.unitsTested());
        assertEquals(Set.of(SampleUnit.FORKS), byFork.unitsTested());
        long falseByRun = byRun.aa().stream().filter(c -> c.gateFailures(0) > 0).count();
        long falseByFork = byFork.aa().stream().filter(c -> c.gateFailures(0) > 0).count();
        assertEquals(0, falseByRun);
        assertTrue(falseByFork >= 4, "forks taken as independent should cry wolf here: " + falseByFork);
        Cli md = run("gate-study", join(a), "--rounds", "4", "--threshold", "5%");
        assertTrue(md.out().contains("tests at alpha 0.05, --samples auto (the rows were tested on runs)"), md.out());
    }

    @Test
    void runsThatCannotMakeTheStudyAreRefusedSayingWhy() throws IOException {
        List<Path> a = aRuns(1.0);
        Path delayed = runOf("b1", UDS[0], TCP[0], DELAY);
        Path plain = runOf("b2", UDS[1], TCP[1], null);
        Path other = runOf("b3", UDS[2], TCP[2], "tcp-nio:1us");

        assertRefused("an A/A comparison of 2 round(s) needs 4 A runs, 3 given", join(a.subList(0, 3)));
        assertRefused("A run " + delayed + " had a delay injected (uds-jdk:1500ns)", join(a.subList(0, 3)) + "," + delayed);
        assertRefused("B run " + plain + " had no injected delay", join(a), delayed + "," + plain);
        assertRefused("the B runs had different delays: uds-jdk:1500ns and tcp-nio:1us", join(a), delayed + "," + other);
        assertRefused("an A/B comparison of 3 round(s) needs 3 B runs, 1 given", join(a) + "," + join(aRuns(1.0)),
                delayed.toString(), "--rounds", "3");
    }

    private static void assertRefused(String message, String... args) {
        List<String> all = new ArrayList<>(List.of("gate-study"));
        all.addAll(Arrays.asList(args));
        Cli c = run(all.toArray(new String[0]));
        assertEquals(ExitCodes.BAD_INPUT, c.exitCode(), c.out());
        assertTrue(c.err().startsWith("gate-study: " + message), c.err());
    }

    /** Four A runs; the last two {@code later} times slower on both transports (the machine changed). */
    private List<Path> aRuns(double later) throws IOException {
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < UDS.length; i++) {
            double factor = i < 2 ? 1 : later;
            runs.add(runOf("a" + (runs.size() + 1) + "-" + System.nanoTime(), scaled(UDS[i], factor), scaled(TCP[i], factor),
                    null));
        }
        return runs;
    }

    private Path runOf(String name, double[] uds, double[] tcp, String delay) throws IOException {
        Map<String, double[]> rows = new LinkedHashMap<>();
        rows.put("tcp-nio", tcp);
        rows.put("uds-jdk", uds);
        return ForkMeansRun.write(dir.resolve(name), rows, delay);
    }

    private static double[] scaled(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    private static List<ComparedRun> read(List<Path> runs) throws IOException {
        List<ComparedRun> read = new ArrayList<>();
        for (Path p : runs) {
            read.add(ComparedRun.read(p));
        }
        return read;
    }

    private static List<Path> pick(List<Path> runs, List<Integer> indices) {
        return indices.stream().map(runs::get).toList();
    }

    private static String join(List<Path> runs) {
        return runs.stream().map(Path::toString).collect(Collectors.joining(","));
    }

    private static String label(List<Integer> runs) {
        return runs.stream().map(i -> "A" + (i + 1)).collect(Collectors.joining("+"));
    }
}
