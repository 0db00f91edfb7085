package ipcbench.report.table;

import static ipcbench.report.Cli.arg;
import static ipcbench.report.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.bench.text.TerminalCharset;
import ipcbench.report.Cli;
import ipcbench.report.jmh.JmhReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    @Test
    void rowPerParameterSetWithSamplePercentilesAndRatioToTheReference() {
        Cli c = run("table", arg("table-run"));

        assertEquals(0, c.exitCode(), c.err());
        // mean and error from avgt, ±% over its 10 iterations (2 forks: too few to count);
        // p50, p99, p99.9 from the sample entry (the avgt entry's p99 is 20.09)
        assertEquals(List.of("tcp-nio", "64", "echo", "avgt", "20.00", "±", "0.0787", "us/op", "0.19%", "20.00", "137.6",
                "193.8", "1.000"), cells(c.out(), "tcp-nio"));
        assertEquals(List.of("uds-jdk", "64", "echo", "avgt", "15.00", "±", "0.0787", "us/op", "0.25%", "15.00", "103.2",
                "145.3", "0.7500"), cells(c.out(), "uds-jdk"));
    }

    @Test
    void withFourForksTheRelativeHalfWidthIsOverTheForkMeans() {
        // forks of about 12.5, 13.5, 11.0 and 13.4 us, each tight: over its 20 iterations it would be 3.8 %
        Cli c = run("table", arg("fork-drift-new"));

        assertEquals(0, c.exitCode(), c.err());
        assertEquals(List.of("tcp-nio", "64", "echo", "avgt", "12.60", "±", "0.0787", "us/op", "15%"),
                cells(c.out(), "tcp-nio").subList(0, 9));
    }

    @Test
    void rowsTheRerunLoopLeftShortOfItsTargetAreMarkedUnstableAndListedWithWhatItSaw() {
        Cli c = run("table", arg("precision-run"));

        assertEquals(0, c.exitCode(), c.err());
        List<String> junix = cells(c.out(), "uds-junixsocket  64");
        assertEquals(List.of("unstable", "(bimodal)"), junix.subList(junix.size() - 2, junix.size()));
        List<String> nio = cells(c.out(), "tcp-nio          64");
        assertEquals("1.000", nio.get(nio.size() - 1), "met its target: no mark");
        assertTrue(c.out().contains("\nUnstable (precision.json: the rerun loop did not reach its target)\n"), c.out());
        List<String> drift = cells(c.out(), "unstable (drift)");
        assertEquals(List.of("RoundTrip.roundTrip", "avgt", "transport=tcp-socket", "payload=16384"), drift.subList(2, 6));
        assertTrue(c.out().contains("daemon=process    ±7.0% over 4 forks (target ±5.0%): drift, fork means 11.2 -> 12.4"
                + " us/op; would need about 6 more fork(s)\n"), c.out());
        assertFalse(run("table", arg("fork-drift-new")).out().contains("unstable"), "no precision.json, no marks");
    }

    @Test
    void throughputRowsShowTimePerOpPerThreadAndTheCpuProfilersFigures() {
        Cli c = run("table", arg("scaling-run"));

        assertEquals(0, c.exitCode(), c.err());
        // 4 threads at 179736 ops/s: 22.25 us each; cpu: user + sys of each side; ctxsw: voluntary + involuntary
        // one iteration each: no interval, so no ±% either
        assertEquals(List.of("4", "process", "uds-jdk", "thrpt", "179736", "±", "?", "ops/s", "?", "-", "-", "-", "-",
                "22.25", "4.557", "1.880", "0.5860"), cells(c.out(), "4 "));
        assertEquals(List.of("process", "uds-jdk", "thrpt", "2632", "±", "?", "ops/s", "?", "-", "-", "-", "-",
                "380.0", "134.0", "159.7", "2.651"), cells(c.out(), "process"));
        // what the run did not measure is listed with the reason, never left out silently
        assertEquals(List.of("n/a", "Concurrency", "clients=4", "transport=pipe-fifo", "not", "applicable:", "pipe-fifo",
                "serves", "1", "client(s)", "at", "a", "time;", "this", "benchmark", "asked", "for", "4"),
                cells(c.out(), "n/a "));
    }

    @Test
    void rowsThatDifferOnlyInTheServerOrClientModelAreLabelledByThem() {
        Cli c = run("table", arg("models-run"));

        assertEquals(0, c.exitCode(), c.err());
        // columns: client daemon payload response server transport; the ratio is to tcp-nio of the same models
        assertEquals(List.of("default", "process", "64", "echo", "default", "tcp-nio", "avgt", "20.00", "±", "0.3966"),
                cells(c.out(), "default  process  64       echo      default   tcp-nio").subList(0, 10));
        assertEquals(List.of("default", "process", "64", "echo", "selector", "tcp-nio", "avgt", "22.00", "±", "0.4362",
                "us/op", "0.74%", "-", "-", "-", "1.000"), cells(c.out(), "default  process  64       echo      selector  tcp-nio")
                .subList(0, 16));
        assertEquals(List.of("caller", "process", "64", "echo", "default", "tcp-netty-epoll", "avgt", "24.00"),
                cells(c.out(), "caller   process  64").subList(0, 8));

        // the model's ratio to the transport's default model, through the existing --param
        Cli byServer = run("table", arg("models-run"), "--param", "server", "--reference", "default");
        assertEquals("1.100", cells(byServer.out(), "default  process  64       echo      selector  tcp-nio").get(15));
        assertEquals("0.9333", cells(byServer.out(), "default  process  64       echo      selector  uds-jdk").get(15));
    }

    @Test
    void daemonsNobodyHereWroteAreComparedByTargetAndTheirUnreadCpuSaysNotMeasured() {
        Cli c = run("table", "--param", "target", "--reference", "unix:/run/redis/redis.sock", arg("target-run"));

        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("vs unix:/run/redis/redis.sock"), c.out());
        List<String> unix = cells(c.out(), "-       100      resp      GET      unix:");
        List<String> tcp = cells(c.out(), "-       100      resp      GET      tcp:");
        assertEquals(List.of("avgt", "26.37"), unix.subList(5, 7));
        assertEquals(List.of("1.000", "20.94", "10.47", "1.240"), unix.subList(unix.size() - 4, unix.size()));
        // the port's owner was not found: its CPU is said not to be measured, not left blank
        assertEquals(List.of("7.387", "147.1", "not", "measured", "not", "measured"), tcp.subList(tcp.size() - 6,
                tcp.size()));
    }

    @Test
    void missingRunExits2NamingTheFile() {
        String missing = Cli.runDir("tight-old").resolve("nope").toString();
        Cli c = run("table", missing);
        assertEquals(2, c.exitCode());
        assertEquals("table: " + missing + ": no such file", c.err().strip());
    }

    @Test
    void anAsciiTerminalGetsPlusMinusWhereUtf8GetsTheSymbol() throws IOException {
        String table = new ResultsTable("transport", "tcp-nio").render(JmhReader.read(Cli.runDir("table-run")));

        String ascii = through(table, StandardCharsets.US_ASCII);
        assertTrue(ascii.contains("20.00  +- 0.0787"), ascii);
        assertFalse(ascii.contains("?"), ascii);
        String utf8 = through(table, StandardCharsets.UTF_8);
        assertTrue(utf8.contains("20.00  ± 0.0787"), utf8);
        assertEquals(table, utf8, "unchanged where the charset has the symbols");
    }

    /** What a terminal in {@code charset} receives when the table is printed through TerminalCharset. */
    private static String through(String text, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = TerminalCharset.writer(bytes, charset);
        out.print(text);
        out.flush();
        return bytes.toString(charset);
    }

    private static List<String> cells(String out, String first) {
        return out.lines().filter(l -> l.startsWith(first)).findFirst().map(l -> List.of(l.split("\\s+")))
                .orElseThrow(() -> new AssertionError(out));
    }
}
