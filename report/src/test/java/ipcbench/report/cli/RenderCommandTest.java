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
import java.util.regex.Pattern;
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
        // at a glance, round trip, 2 sample-mode percentile charts, load percentiles, clients, connect, stream, cpu,
        // ctxsw, alloc
        assertEquals(11, count(html, "<figure class=\"chart\"><svg"));
        assertTrue(html.indexOf("<section id=\"glance\">") < html.indexOf("<section id=\"claims\">"), "at a glance first");
        assertTrue(html.contains("<figure class=\"chart\"><svg id=\"glance-0\""), "its chart");
        assertTrue(html.contains("<p class=\"machine\">Intel(R) Xeon(R) CPU @ 2.20GHz, 2 CPUs, amd64 · Linux 6.1.0-18-amd64"
                + " · Debian 17.0.15 (OpenJDK 64-Bit Server VM)</p>"), "the machine in one line");
        assertTrue(html.contains("<li><span class=\"verdict supported\">supported</span> <b>A Unix domain socket has a lower"
                + " round-trip time than TCP loopback (JDK SocketChannel on both: uds-jdk against tcp-nio).</b> On this"
                + " machine Unix domain socket (uds-jdk) took 0.75× as long as TCP loopback (tcp-nio) at 64 B and 0.75× at"
                + " 1 KiB.</li>"), "each claim in a sentence");
        // ±% of the mean (10 iterations: 2 forks are too few) beside the interval, in every table behind a chart
        assertTrue(html.contains("<td>uds-jdk</td><td>64</td><td>echo</td><td>process</td><td class=\"num\">15.01</td>"
                + "<td class=\"num\">0.83%</td>"
                + "<td class=\"num\">14.88</td><td class=\"num\">15.13</td><td class=\"num\">10</td><td>iterations</td>"),
                html);
        assertFalse(html.contains("<span class=\"badge unstable\">") || html.contains("Unstable rows"),
                "no precision.json, no marks");
        assertFalse(html.contains("<section id=\"threads\">"), "no thread-count curve without several thread counts");
        assertEquals(4 + 4, count(html, "<span class=\"verdict supported\">"), "at a glance and under Claims");
        // each verdict one line with its count of rows, the rows (long lines of parameters) folded under it
        assertEquals(4, count(html, "<details><summary><span class=\"verdict supported\">supported</span> · 2 rows: 2 supported"
                + "</summary>\n<ul><li>"), html);
        assertTrue(html.contains("<tr><td>machine</td><td>Intel(R) Xeon(R) CPU @ 2.20GHz, 2 CPUs, amd64</td></tr>"), html);
        assertTrue(html.contains("<details><summary>Run parameters: JMH arguments"), "the long strings are folded");
        assertTrue(html.contains("<tr><td>JMH arguments: concurrency</td><td>--clients 1,8 Concurrency -f 1</td></tr>"));
        // self-contained: nothing is fetched at view time
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");

        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.startsWith("# ipcbench report: full-run\n\n## At a glance\n\nIntel(R) Xeon(R) CPU @ 2.20GHz, 2 CPUs,"
                + " amd64 · Linux 6.1.0-18-amd64 · Debian 17.0.15 (OpenJDK 64-Bit Server VM)\n\nRound trip at 64 B, fastest"
                + " first: RoundTrip.roundTrip response=echo daemon=process (JMH average time)\n\n"
                + "| round trip | mean | ±% | unit | samples |\n| --- | ---: | ---: | --- | --- |\n"
                + "| uds-jdk | 15.01 | 0.83% | us/op | 10 iterations |\n| pipe-stdio | 15.55 | 0.98% | us/op | 10 iterations |\n"), md);
        assertTrue(md.contains("\n- ✅ supported **One daemon serves many clients at once over a socket with throughput that"
                + " scales: at the most clients measured, at least 1.5 times the throughput of one client.** On this machine 8"
                + " clients had 2.05× the throughput of 1 client over tcp-nio and 2.05× over uds-jdk.\n"), md);
        assertTrue(md.indexOf("## At a glance") < md.indexOf("## Environment") && md.indexOf("## Environment")
                < md.indexOf("## Claims"), "the environment's key-value line and the claims' rows come after it");
        assertTrue(md.contains("- ✅ supported"), md);
        assertTrue(md.contains("payload=64 response=echo daemon=process: transport=uds-jdk 15.01 [14.88, 15.13] vs"
                + " transport=tcp-nio 19.99 [19.82, 20.15] us/op; ratio 0.7508, claimed < 1.00× → supported"), md);
        assertTrue(md.contains("clients=8 102045 [101486, 102605] vs clients=1 49884 [49666, 50102] ops/s"), md);
        // the ratio table: tcp-nio is the reference
        assertTrue(md.matches("(?s).*\\| RoundTrip\\.roundTrip \\| avgt \\| us/op \\| payload=64 response=echo"
                + " daemon=process \\| 1\\.055× \\| 1\\.000× \\| 0\\.7508× \\| 0\\.7781× \\| - \\|.*"), md);
    }

    @Test
    void aRunWithFloorsAndAPrecisionFileShowsTheFloorsAtAGlanceAndMarksItsUnstableRows() throws IOException {
        Cli c = run("render", arg("precision-run"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        String glance = html.substring(html.indexOf("<section id=\"glance\">"), html.indexOf("<section id=\"claims\">"));
        // the C ping-pong of floor.json and Floor's bare Java one of jmh.json, among the transports, fastest first
        List<String> labels = List.of("C floor: pipe", "Java floor: pipe", "pipe-stdio", "C floor: uds", "Java floor: uds",
                "uds-jdk", "C floor: tcp", "uds-junixsocket (unstable)", "Java floor: tcp", "tcp-nio", "tcp-socket");
        for (int i = 1; i < labels.size(); i++) {
            assertTrue(glance.indexOf(">" + labels.get(i - 1) + "</text>") < glance.indexOf(">" + labels.get(i) + "</text>"),
                    labels.get(i - 1) + " before " + labels.get(i));
        }
        assertTrue(glance.contains(">6.800 ±47%</text>"), "each bar's figure with its ±%");
        assertTrue(glance.contains(" · CPU unsteady during the run (start: a 5.0 ms chunk of work, p90 1.01x, max 1.20x"
                + " its median (167 chunks); end: a 5.1 ms chunk of work, p90 2.12x, max 2.40x its median (98 chunks),"
                + " unsteady)"), "the machine's share of the scatter, where the reader starts");
        assertTrue(glance.contains("<h3>Unstable rows</h3>\n<ul class=\"unstable-rows\">\n<li><span class=\"badge unstable\">"
                + "unstable (bimodal)</span> RoundTrip.roundTrip avgt transport=uds-junixsocket payload=64 response=echo"
                + " daemon=process: ±47% over 4 forks (target ±5.0%): bimodal, fork means 5.05, 5.10 | 8.50, 8.55 us/op;"
                + " out of reach (more than 16 forks)</li>"),
                glance);
        assertTrue(glance.contains("<span class=\"verdict not-tested\">not tested</span> <b>A Unix domain socket costs less"
                + " CPU per request than TCP loopback (client and daemon, user and system time; uds-jdk against tcp-nio).</b>"
                + " Not tested: no cpu.* metric (the run did not use the profiler that records it).</li>"), glance);
        // the tables behind the charts and the list of all results mark them too
        String roundTrip = html.substring(html.indexOf("<section id=\"round-trip\">"), html.indexOf("<section id=\"ratios\">"));
        assertEquals(2, count(roundTrip, "<td><span class=\"badge unstable\">unstable ("), roundTrip);
        assertTrue(roundTrip.contains("<td class=\"num\">4</td><td>forks</td><td>us/op</td><td><span class=\"badge"
                + " unstable\">unstable (drift)</span></td></tr>"), roundTrip);
        assertEquals(2, count(html.substring(html.indexOf("<section id=\"results\">")), "badge unstable"));

        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("| round trip | mean | ±% | unit | samples | precision |\n| --- | ---: | ---: | --- | --- | --- |\n"
                + "| C floor: pipe | 2.700 | - | us/op | 3 rounds (floor.json) |  |\n"
                + "| Java floor: pipe | 3.225 | 2.5% | us/op | 4 forks |  |\n"), md);
        assertTrue(md.contains("| uds-junixsocket | 6.800 | 47% | us/op | 4 forks | unstable (bimodal) |\n"), md);
        assertTrue(md.contains("Unstable rows (precision.json):\n\n- ⚠️ unstable (bimodal): RoundTrip.roundTrip avgt"
                + " transport=uds-junixsocket payload=64"), md);
        assertTrue(md.contains("- ⚠️ unstable (drift): RoundTrip.roundTrip avgt transport=tcp-socket payload=16384 response=echo"
                + " daemon=process: ±7.0% over 4 forks (target ±5.0%): drift, fork means 11.2 -> 12.4 us/op;"
                + " would need about 6 more fork(s)\n"), md);
        assertTrue(md.indexOf("Unstable rows") < md.indexOf("## Environment"), "at a glance");
    }

    @Test
    void aFloorRunShowsTheCFloorsAtAGlanceAndOnlySectionsItHasResultsFor() throws IOException {
        // floor --native's run directory: RoundTrip and Floor rows (a fork per round), Stream rows, floor.json, env.json
        Cli c = run("render", arg("floor-run"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(List.of("glance", "claims", "environment", "round-trip", "ratios", "results"),
                Pattern.compile("<section id=\"([a-z-]+)\">").matcher(html).results().map(m -> m.group(1)).toList(),
                "one Stream chunk size makes no curve; no profiler, no CPU section");
        String glance = html.substring(html.indexOf("<section id=\"glance\">"), html.indexOf("<section id=\"claims\">"));
        List<String> labels = List.of("C floor: shm", "shm-spin", "C floor: pipe", "Java floor: pipe", "pipe-stdio",
                "C floor: uds", "Java floor: uds", "uds-jdk", "C floor: tcp", "Java floor: tcp", "tcp-nio");
        for (int i = 1; i < labels.size(); i++) {
            assertTrue(glance.indexOf(">" + labels.get(i - 1) + "</text>") >= 0
                    && glance.indexOf(">" + labels.get(i - 1) + "</text>") < glance.indexOf(">" + labels.get(i) + "</text>"),
                    labels.get(i - 1) + " before " + labels.get(i) + ": " + glance);
        }
        assertEquals(4, count(glance, ">C floor: "), "floor.json's stream rows are no round-trip floors");
        assertEquals(7, count(glance, "stroke-dasharray=\"4 2\"/>"), "every floor a grey dashed reference bar");
        assertTrue(glance.contains(">4.600</text>"), "C's mean, without an interval: " + glance);
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("| C floor: uds | 4.600 | - | us/op | 4 rounds (floor.json) |\n"
                + "| Java floor: uds | 5.310 | 0.41% | us/op | 4 forks |\n| uds-jdk | 5.420 | 0.62% | us/op | 4 forks |\n"), md);
        assertFalse(html.replace("isNaN(", "").contains("NaN"), "no number left undefined");
    }

    @Test
    void moreThanThreeRowsOfAClaimReadAsARangeAtAGlance() throws IOException {
        Cli c = run("render", Cli.baselineRun().toString(), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("On this machine 64 clients had 6.37–10.5× the throughput of 1 client across 6 transports"
                + " (6 supported).\n"), md);
        assertTrue(md.contains("| pipe-stdio | 3.656 | 1.6% | us/op | 6 iterations |\n"
                + "| pipe-fifo | 3.657 | 1.5% | us/op | 6 iterations |\n"), "fastest first: " + md);
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
