package ipcbench.report.cli;

import static ipcbench.report.Cli.arg;
import static ipcbench.report.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} on the synthetic and recorded runs in src/test/resources/runs. */
class RenderCommandTest {
    @TempDir
    Path out;

    @Test
    void fullRunHasEverySectionAndTheClaimsAreSupported() throws IOException {
        Cli c = run("render", arg("full-run"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        assertEquals(List.of(out.resolve("report.html").toString(), out.resolve("summary.md").toString()),
                c.out().lines().toList());
        String html = Files.readString(out.resolve("report.html"));
        for (String id : List.of("claims", "environment", "round-trip", "percentiles", "clients", "connect", "stream",
                "cpu", "ctxsw", "alloc", "ratios", "results")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        // round trip, 2 sample-mode percentile charts, load percentiles, clients, connect, stream, cpu, ctxsw, alloc
        assertEquals(10, count(html, "<figure class=\"chart\"><svg"));
        assertFalse(html.contains("<section id=\"threads\">"), "no thread-count curve without several thread counts");
        assertEquals(4, count(html, "<span class=\"verdict supported\">"), html);
        // each verdict one line with its count of rows, the rows (long lines of parameters) folded under it
        assertEquals(4, count(html, "<details><summary><span class=\"verdict supported\">supported</span> · 2 rows: 2 supported"
                + "</summary>\n<ul><li>"), html);
        assertTrue(html.contains("<tr><td>machine</td><td>Intel(R) Xeon(R) CPU @ 2.20GHz, 2 CPUs, amd64</td></tr>"), html);
        assertTrue(html.contains("<details><summary>Run parameters: JMH arguments"), "the long strings are folded");
        assertTrue(html.contains("<tr><td>JMH arguments: concurrency</td><td>--clients 1,8 Concurrency -f 1</td></tr>"));
        // self-contained: nothing is fetched at view time
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");

        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("- ✅ supported"), md);
        assertTrue(md.contains("payload=64 response=echo daemon=process: transport=uds-jdk 15.01 [14.88, 15.13] vs"
                + " transport=tcp-nio 19.99 [19.82, 20.15] us/op; ratio 0.7508, claimed < 1.00× → supported"), md);
        assertTrue(md.contains("clients=8 102045 [101486, 102605] vs clients=1 49884 [49666, 50102] ops/s"), md);
        // the ratio table: tcp-nio is the reference
        assertTrue(md.matches("(?s).*\\| RoundTrip\\.roundTrip \\| avgt \\| us/op \\| payload=64 response=echo"
                + " daemon=process \\| 1\\.055× \\| 1\\.000× \\| 0\\.7508× \\| 0\\.7781× \\| - \\|.*"), md);
    }

    @Test
    void rowsThePrecisionFileSaysAreUnstableAreMarkedInEveryTable() throws IOException {
        Cli c = run("render", arg("precision-run"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        String roundTrip = html.substring(html.indexOf("<section id=\"round-trip\">"), html.indexOf("<section id=\"ratios\">"));
        assertEquals(2, count(roundTrip, "<td><span class=\"badge unstable\">unstable ("), roundTrip);
        assertTrue(roundTrip.contains("<td class=\"num\">4</td><td>forks</td><td>us/op</td><td><span class=\"badge"
                + " unstable\">unstable (drift)</span></td></tr>"), roundTrip);
        assertEquals(2, count(html.substring(html.indexOf("<section id=\"results\">")), "badge unstable"));
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("| RoundTrip.roundTrip | avgt | uds-junixsocket | 64 | echo | process | 6.800 | 47% |"), md);
        assertTrue(md.contains(" | 4 | forks | us/op | unstable (bimodal) |\n"), md);
    }

    @Test
    void targetsAreTheSeriesOfEveryChartAndTheRatiosAreToTheFirst() throws IOException {
        Cli c = run("render", arg("target-run"), "--reference", "unix:/run/redis/redis.sock", "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        for (String id : List.of("round-trip", "percentiles", "clients", "cpu", "ratios")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("Ratios to unix:/run/redis/redis.sock"), "the ratio table");
        assertTrue(html.contains("tcp:127.0.0.1:6379"), "the second endpoint is a series");
        assertFalse(html.contains(">-</text>"), "no chart series without a name");
        assertTrue(html.contains("redis 7.0.15"), "env.json's targets are in the environment table");
    }

    @Test
    void recordedRunRendersOnlyWhatItHasAndSaysWhatWasNotTested() throws IOException {
        Cli c = run("render", arg("real-uds-tcp"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        for (String absent : List.of("clients", "connect", "stream", "cpu", "ctxsw")) {
            assertFalse(html.contains("<section id=\"" + absent + "\">"), absent);
        }
        assertTrue(html.contains("<section id=\"alloc\">"), "-prof gc was on");
        assertTrue(html.contains("<summary><span class=\"verdict inconclusive\">inconclusive</span> · 1 row: 1 inconclusive"
                + "</summary>"), html);
        assertTrue(html.contains("<summary><span class=\"verdict not-tested\">not tested</span> · 1 not tested</summary>"),
                "a claim whose results could not be used says how many");
        assertTrue(html.contains("<p><span class=\"verdict not-tested\">not tested</span>: this run has no results for it"
                + " (any benchmark, mode thrpt)</p>"), "nothing to fold");
        String md = Files.readString(out.resolve("summary.md"));
        // two iterations per transport: the intervals are wide and overlap
        assertTrue(md.contains("❔ inconclusive\n  - daemon=process payload=64 response=echo: transport=uds-jdk 34.54"
                + " [20.19, 48.89] vs transport=tcp-nio 47.80 [-190.7, 286.3] us/op"), md);
        assertTrue(md.contains("➖ not tested\n  - this run has no results for it (any benchmark, mode thrpt)"), md);
    }

    @Test
    void severalRunsSitSideBySide() throws IOException {
        Cli c = run("render", arg("full-run"), arg("table-run"), "--out", out.toString(), "--reference", "uds-jdk");

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<div class=\"figures\" style=\"--cols:2\">"), "two columns");
        assertTrue(html.contains("Round-trip time: RoundTrip.roundTrip — table-run"), "captions name the run");
        assertTrue(html.contains("<h2>Ratios to uds-jdk</h2>"));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("- ✅ supported on full-run"));
    }

    @Test
    void userClaimsFileReplacesTheBuiltInOnes() throws IOException {
        Cli c = run("render", arg("full-run"), "--out", out.toString(), "--claims", claims("contrary.json"));

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("**TCP loopback has a lower round-trip time than a Unix domain socket.**\n\n"
                + "- ❌ not supported"), md);
        assertFalse(md.contains("Pipes are as fast"), md);
    }

    @Test
    void writesIntoTheFirstRunDirectoryByDefault() throws IOException {
        Path copy = out.resolve("run");
        Files.createDirectories(copy);
        Files.copy(Cli.runDir("table-run").resolve("jmh.json"), copy.resolve("jmh.json"));

        Cli c = run("render", copy.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        assertTrue(Files.isRegularFile(copy.resolve("report.html")));
        assertTrue(Files.readString(copy.resolve("report.html")).contains("No env.json in the run directory"));
    }

    @Test
    void badInputExits2NamingTheFile() {
        for (String name : List.of("empty", "malformed")) {
            Cli c = run("render", arg(name), "--out", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, c.exitCode(), name);
            assertTrue(c.err().startsWith("render: " + Cli.runDir(name).resolve("jmh.json")), c.err());
        }
        Path missing = out.resolve("no-such-run");
        Cli m = run("render", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, m.exitCode());
        assertTrue(m.err().contains(missing + ": no such file"), m.err());

        Cli bad = run("render", arg("full-run"), "--out", out.toString(), "--claims", claims("no-expect.json"));
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("no-expect.json: claim 0: missing \"expect\""), bad.err());
        assertFalse(Files.exists(out.resolve("report.html")), "nothing written on bad input");
    }

    private static String claims(String name) {
        return Cli.runDir("full-run").resolve("../../claims/" + name).normalize().toString();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
