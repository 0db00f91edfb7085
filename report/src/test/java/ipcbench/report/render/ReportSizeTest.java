package ipcbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import ipcbench.report.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quick run's report stays a page one can mail or open on a phone: under 1 MB, no chart bloated. */
class ReportSizeTest {
    private static final long MAX_PAGE = 1_000_000;
    /** The largest chart of a quick run (CPU per request of 16 client counts × 8 transports) is about 15 kB. */
    private static final int MAX_CHART = 64_000;
    private static final Pattern CHART = Pattern.compile("<figure class=\"chart\">(<svg.*?</svg>)", Pattern.DOTALL);

    @TempDir
    Path out;

    @Test
    void aQuickRunsReportIsUnderOneMegabyte() throws Exception {
        Cli c = Cli.run("render", Cli.baselineRun().toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, c.exitCode(), c.err());

        Path html = out.resolve("report.html");
        assertTrue(Files.size(html) < MAX_PAGE, html + " is " + Files.size(html) + " bytes");
        Matcher chart = CHART.matcher(Files.readString(html));
        int charts = 0;
        while (chart.find()) {
            charts++;
            String svg = chart.group(1);
            assertTrue(svg.length() < MAX_CHART, "chart " + charts + " is " + svg.length() + " characters");
            assertTrue(svg.contains("<text"), "chart " + charts + " writes its text as text");
            assertFalse(svg.contains("clipPath"), "chart " + charts + " has no clip paths");
        }
        assertTrue(charts >= 10, "the baseline run has every kind of chart: " + charts);
    }
}
