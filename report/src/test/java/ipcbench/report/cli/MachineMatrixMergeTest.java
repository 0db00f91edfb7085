package ipcbench.report.cli;

import static ipcbench.report.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge step of .github/workflows/bench-matrix.yml: each runner's run directory, named after
 * the runner, rendered into one page with {@code render machines/<runner>... --out merged}. The
 * runs in src/test/resources/machines are rows of results/baseline (the arm one's times 25 %
 * longer, its throughput 25 % lower, without Netty) with env.json as a GitHub runner of each kind
 * would write it.
 */
class MachineMatrixMergeTest {
    @TempDir
    Path merged;

    @Test
    void twoMachinesSitSideBySideEachLabelledByItsRunner() throws IOException {
        Cli c = run("render", machine("ubuntu-24.04"), machine("ubuntu-24.04-arm"), "--out", merged.toString());

        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        String html = Files.readString(merged.resolve("report.html"));
        assertTrue(html.contains("<th></th><th>ubuntu-24.04</th><th>ubuntu-24.04-arm</th>"), "a column per machine");
        assertTrue(html.contains("<tr><td>machine</td><td>AMD EPYC 7763 64-Core Processor, 4 CPUs, amd64</td>"
                + "<td>unknown, 4 CPUs, aarch64</td></tr>"), html);
        assertTrue(html.contains("<div class=\"figures\" style=\"--cols:2\">"), "charts side by side");
        assertTrue(html.contains("Round-trip time: RoundTrip.roundTrip — ubuntu-24.04</figcaption>"), html);
        assertTrue(html.contains("Round-trip time: RoundTrip.roundTrip — ubuntu-24.04-arm</figcaption>"), html);
        assertTrue(html.contains("<td>transport tcp-netty-epoll</td><td>TCP loopback: Netty EpollSocketChannel (TCP_NODELAY) /"
                + " EpollServerSocketChannel</td><td>TCP loopback: Netty EpollSocketChannel (TCP_NODELAY) /"
                + " EpollServerSocketChannel (unavailable: Netty epoll is not available"), "why arm has no Netty rows");

        String md = Files.readString(merged.resolve("summary.md"));
        assertTrue(md.startsWith("# ipcbench report: ubuntu-24.04, ubuntu-24.04-arm\n"), md);
        assertTrue(md.contains("- **ubuntu-24.04**: cpuModel AMD EPYC 7763 64-Core Processor, cores 4, arch amd64,"), md);
        assertTrue(md.contains("- **ubuntu-24.04-arm**: cpuModel unknown, cores 4, arch aarch64,"), md);
        assertTrue(md.contains("- ✅ supported on ubuntu-24.04\n") && md.contains("- ✅ supported on ubuntu-24.04-arm\n"),
                md);
        assertTrue(md.contains("| ubuntu-24.04 | RoundTrip.roundTrip | avgt | process | 64 | echo | uds-jdk | 5.338 |"), md);
        assertTrue(md.contains("| ubuntu-24.04-arm | RoundTrip.roundTrip | avgt | process | 64 | echo | uds-jdk | 6.672 |"),
                md);
    }

    private static String machine(String runner) {
        try {
            return Path.of(Cli.class.getResource("/machines/" + runner).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
