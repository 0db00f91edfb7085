package ipcbench.report.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import ipcbench.report.cli.ExitCodes;
import ipcbench.report.render.ReportRenderer;
import ipcbench.report.text.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server-models section on models-run (tcp-nio and uds-jdk with server default and selector,
 * tcp-netty-epoll with client default and caller, its selector not applicable) and models-run-jdk25
 * (tcp-nio's three server models, daemons on JDK 25).
 */
class ServerModelSectionTest {
    @TempDir
    Path out;

    @Test
    void oneRowPerTransportAndModelsWithRoundTripRequestsPerSecondCpuAndSwitches() throws IOException {
        Grid figures = section("models-run").tables().get(0).grid();

        assertEquals(List.of("transport", "server", "client", "round trip 64 B (us/op)", "1 client (ops/s)",
                "4 clients (ops/s)", "client CPU (us/op)", "daemon CPU (us/op)", "daemon ctxsw (#/op)", "why n/a"),
                figures.columns().stream().map(Grid.Column::header).toList());
        assertEquals(List.of("tcp-nio default default", "tcp-nio selector default", "tcp-netty-epoll default default",
                "tcp-netty-epoll default caller", "tcp-netty-epoll selector default", "uds-jdk default default",
                "uds-jdk selector default"), figures.rows().stream().map(r -> String.join(" ", r.subList(0, 3))).toList());
        // 64 B only (not tcp-nio's 16 KiB round trip), ± the 95 % half-width; CPU user + system, switches
        // voluntary + involuntary, each added up iteration by iteration
        assertEquals(List.of("tcp-nio", "selector", "default", "22.00 ± 0.1633", "45000 ± 653.7", "165000 ± 2397",
                "4.000 ± 0.0297", "3.000 ± 0.0223", "0.5200 ± 0.0039", ""), figures.rows().get(1));
        assertEquals("24.00 ± 0.1781", figures.rows().get(3).get(3), "Netty's caller client");
    }

    @Test
    void eachModelIsDividedByItsTransportsDefaultWithTheRangeTheIntervalsAllow() throws IOException {
        Grid ratios = section("models-run").tables().get(1).grid();

        assertEquals(List.of("tcp-nio selector default", "tcp-netty-epoll default caller",
                "tcp-netty-epoll selector default", "uds-jdk selector default"),
                ratios.rows().stream().map(r -> String.join(" ", r.subList(0, 3))).toList());
        // 22 / 20 us; [21.84 / 20.15, 22.16 / 19.85]
        assertEquals(List.of("1.100× [1.084, 1.116]", "0.9000× [0.8742, 0.9265]", "1.100× [1.069, 1.132]",
                "1.000× [0.9853, 1.015]", "0.7895× [0.7778, 0.8013]", "0.5098× [0.5023, 0.5174]"),
                ratios.rows().get(0).subList(3, 9));
        assertEquals("0.8000× [0.7882, 0.8120]", ratios.rows().get(1).get(3), "Netty caller / Netty default");
    }

    @Test
    void aCombinationThatDoesNotApplyIsNotApplicableWithItsReason() throws IOException {
        Section s = section("models-run");

        for (Grid grid : List.of(s.tables().get(0).grid(), s.tables().get(1).grid())) {
            List<String> netty = grid.rows().stream().filter(r -> r.subList(0, 3)
                    .equals(List.of("tcp-netty-epoll", "selector", "default"))).findFirst().orElseThrow();
            assertEquals(List.of("n/a", "n/a", "n/a", "n/a", "n/a", "n/a",
                    "tcp-netty-epoll has one server model, its own"), netty.subList(3, netty.size()));
        }
    }

    @Test
    void absentWhenTheRunsHaveOnlyTheDefaultModels() throws IOException {
        // table-run and full-run predate the model parameters: all default
        assertEquals(Optional.empty(), ServerModelSection.build(ReportRenderer.load(
                List.of(Cli.runDir("table-run"), Cli.runDir("full-run")))));
        Cli c = Cli.run("render", Cli.arg("full-run"), "--out", out.toString());
        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        assertFalse(Files.readString(out.resolve("report.html")).contains("server-models"));
        assertFalse(Files.readString(out.resolve("summary.md")).contains("## Server models"));
    }

    @Test
    void runsOnDifferentDaemonJdksAreLabelledByTheJdk() throws IOException {
        Grid figures = section("models-run", "models-run-jdk25").tables().get(0).grid();

        assertEquals(List.of("run", "daemon JDK", "transport", "server", "client"),
                figures.columns().subList(0, 5).stream().map(Grid.Column::header).toList());
        assertEquals(List.of("models-run-jdk25", "25.0.1+8-LTS (Eclipse Adoptium)", "tcp-nio", "virtual", "default",
                "19.00 ± 0.1410", "-", "-"), figures.rows().get(figures.rows().size() - 1).subList(0, 8));
        assertEquals("17.0.15+6-Debian-1deb12u1 (Debian)", figures.rows().get(0).get(1));

        // the same JDK twice: the run tells the rows apart, no JDK column
        Path copy = Files.createDirectories(out.resolve("models-run-again"));
        for (String file : List.of("jmh.json", "env.json", "not-applicable.txt")) {
            Files.copy(Cli.runDir("models-run").resolve(file), copy.resolve(file));
        }
        Grid sameJdk = ServerModelSection.build(ReportRenderer.load(List.of(Cli.runDir("models-run"), copy)))
                .orElseThrow().tables().get(0).grid();
        assertEquals(List.of("run", "transport", "server", "client"),
                sameJdk.columns().subList(0, 4).stream().map(Grid.Column::header).toList());
    }

    @Test
    void theSectionIsInTheHtmlPageAndTheSummary() throws IOException {
        Cli c = Cli.run("render", Cli.arg("models-run"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<a href=\"#server-models\">Server models</a>"), "in the navigation");
        assertTrue(html.contains("<section id=\"server-models\">"));
        assertTrue(html.contains("<td>tcp-netty-epoll</td><td>selector</td><td>default</td><td class=\"num\">n/a</td>"),
                html);
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("## Server models"), md);
        assertTrue(md.contains("| uds-jdk | selector | default | 0.9333× [0.9196, 0.9473] |"), md);
    }

    private static Section section(String... runs) throws IOException {
        return ServerModelSection.build(ReportRenderer.load(List.of(runs).stream().map(Cli::runDir).toList()))
                .orElseThrow();
    }
}
