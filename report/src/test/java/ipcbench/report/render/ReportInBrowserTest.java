package ipcbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import ipcbench.report.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered report in headless Chromium: fails on any console message or uncaught error,
 * on a chart that is missing or has no size, and on a table that does not sort; saves a screenshot
 * as {@code report/target/report-screenshot.png}. Skipped where {@code /usr/bin/chromium} is
 * missing, unless {@code -Dipcbench.browserTest.required=true} (CI) makes that a failure.
 */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("ipcbench.browserTest.chromium", "/usr/bin/chromium"));
    private static final boolean REQUIRED = Boolean.getBoolean("ipcbench.browserTest.required");
    private static final Path TARGET = Path.of("target");
    /** Figures the full-run report has: see RenderCommandTest. */
    private static final int CHARTS = 10;

    /**
     * Runs after the report's own script: every chart must have been laid out with a size, and a
     * click on a numeric header must sort its column. Problems go to the console, where the test
     * sees them like any other error of the page.
     */
    private static final String PROBE = """
            <script>
            (function () {
              var figures = document.querySelectorAll('figure.chart');
              figures.forEach(function (f, i) {
                var svg = f.querySelector('svg'), box = svg && svg.getBoundingClientRect();
                if (!svg || box.width < 100 || box.height < 50 || !svg.querySelector('path, rect')) {
                  console.error('chart ' + i + ' missing or empty: ' + f.textContent.slice(0, 80));
                }
              });
              var th = document.querySelector('#round-trip table.sortable th.num');
              th.click();
              var col = th.cellIndex, rows = Array.from(th.closest('table').tBodies[0].rows);
              var values = rows.map(function (r) { return parseFloat(r.cells[col].textContent); });
              for (var i = 1; i < values.length; i++) {
                if (values[i - 1] > values[i]) { console.error('column not sorted: ' + values.join(' ')); break; }
              }
              document.body.setAttribute('data-probe', figures.length);
            })();
            </script>
            """;

    @Test
    void reportOpensWithoutErrorsWithEveryChartAndSortableTables() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if (REQUIRED) {
            assertTrue(present, CHROMIUM + " is required (-Dipcbench.browserTest.required=true) but missing");
        }
        Assumptions.assumeTrue(present, CHROMIUM + " missing: browser test skipped");

        Path dir = Files.createDirectories(TARGET.resolve("browser-test"));
        Cli c = Cli.run("render", Cli.arg("full-run"), "--out", dir.toString());
        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        Path report = dir.resolve("report.html").toAbsolutePath();
        Path probed = dir.resolve("report-probed.html").toAbsolutePath();
        Files.writeString(probed, Files.readString(report).replace("</body>", PROBE + "</body>"));

        HeadlessChromium chromium = new HeadlessChromium(CHROMIUM, dir);
        HeadlessChromium.Page page = chromium.load(probed);
        assertEquals(List.of(), page.consoleLines(), "console output of the page");
        Matcher probe = Pattern.compile("data-probe=\"(\\d+)\"").matcher(page.dom());
        assertTrue(probe.find(), "the probe script did not run: a script error stopped the page");
        assertEquals(CHARTS, Integer.parseInt(probe.group(1)), "charts in the page");

        Path screenshot = TARGET.resolve("report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium.screenshot(report, screenshot, 1400, 3000);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot);
    }
}
