package ipcbench.report.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import ipcbench.report.claims.Claim;
import ipcbench.report.claims.ClaimChecker;
import ipcbench.report.claims.ClaimsFile;
import ipcbench.report.claims.Outcome;
import ipcbench.report.cli.ExitCodes;
import ipcbench.report.render.ReportRenderer;
import ipcbench.report.text.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol section on protocols-run (raw over five transports, http1 and jsonrpc over uds-jdk
 * and tcp-nio, grpc over the Netty pair, jsonrpc over pipe-stdio too), and the protocol claims.
 */
class ProtocolSectionTest {
    @TempDir
    Path out;

    @Test
    void oneRowPerProtocolAndTransportWithTimeCpuAndAllocation() throws IOException {
        Grid rows = section().tables().get(0).grid();

        assertEquals(List.of("protocol", "parameters", "transport", "round trip", "95% CI", "unit", "CPU/request",
                "alloc/request"), rows.columns().stream().map(Grid.Column::header).toList());
        assertEquals(12, rows.rows().size());
        List<String> http1 = rows.rows().stream().filter(r -> r.get(0).equals("http1") && r.get(2).equals("uds-jdk"))
                .findFirst().orElseThrow();
        assertEquals(List.of("http1", "daemon=process payload=64 response=echo", "uds-jdk", "50.00"),
                http1.subList(0, 4));
        assertEquals("20.00 us/op", http1.get(6), "CPU: client and daemon, user and system");
        assertEquals("3200 B/op", http1.get(7));
    }

    @Test
    void theUnixSocketToTcpRatioOfEachProtocolStandsBesideTheRawOne() throws IOException {
        Grid ratios = section().tables().get(1).grid();

        assertEquals(List.of("parameters", "UDS / TCP", "raw", "http1", "grpc", "jsonrpc"),
                ratios.columns().stream().map(Grid.Column::header).toList());
        assertEquals(List.of(List.of("daemon=process payload=64 response=echo", "uds-jdk / tcp-nio", "0.7500×",
                        "0.8333×", "-", "0.8000×"),
                List.of("daemon=process payload=64 response=echo", "uds-netty-epoll / tcp-netty-epoll", "0.8000×", "-",
                        "0.9000×", "-")), ratios.rows());
    }

    @Test
    void absentWhenEveryRoundTripIsTheRawFrames() throws IOException {
        assertEquals(Optional.empty(), ProtocolSection.build(ReportRenderer.load(List.of(Cli.runDir("models-run")))));
    }

    @Test
    void theProtocolClaimsAreCheckedOnTheirOwnRows() throws IOException {
        var run = ReportRenderer.load(List.of(Cli.runDir("protocols-run"))).get(0).jmh();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Claim claim : ClaimsFile.builtIn()) {
            var result = new ClaimChecker(0.95).check(claim, run);
            if (!result.evidence().isEmpty()) {
                outcomes.put(claim.id(), result.outcome());
            }
        }
        assertEquals(Outcome.SUPPORTED, outcomes.get("uds-lower-rtt"));
        assertEquals(1, new ClaimChecker(0.95).check(claim("uds-lower-rtt"), run).evidence().size(), "raw rows only");
        assertEquals(Outcome.SUPPORTED, outcomes.get("http1-uds-lower-rtt"));
        assertEquals(Outcome.SUPPORTED, outcomes.get("grpc-uds-lower-rtt"));
        assertEquals(Outcome.SUPPORTED, outcomes.get("jsonrpc-uds-lower-rtt"));
        assertEquals(Outcome.SUPPORTED, outcomes.get("jsonrpc-stdio-as-fast-as-uds"));
        assertEquals(Outcome.SUPPORTED, outcomes.get("http1-costs-more-than-transport"));
    }

    @Test
    void theSectionIsInTheHtmlPageAndTheSummary() throws IOException {
        Cli c = Cli.run("render", Cli.arg("protocols-run"), "--out", out.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section id=\"protocols\">"), "the section");
        assertTrue(html.contains("http1-uds-lower-rtt") || html.contains("HTTP/1.1 on top"), "the claim");
        assertTrue(Files.readString(out.resolve("summary.md")).contains("## Protocol against transport"));
    }

    private static Claim claim(String id) {
        return ClaimsFile.builtIn().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Section section() throws IOException {
        return ProtocolSection.build(ReportRenderer.load(List.of(Cli.runDir("protocols-run")))).orElseThrow();
    }
}
