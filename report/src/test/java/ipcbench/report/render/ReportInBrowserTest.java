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
 * Opens rendered reports in headless Chromium (the full-run, precision-run and floor-run fixtures and the
 * committed quick-run baseline): fails on any console message or uncaught error, on a chart that is
 * missing or has no size, on a page that does not open with the At a glance section and its chart
 * drawn on the first screen, on a table that does not sort, and on a folded part that does not
 * open for printing; saves
 * screenshots as {@code report/target/report-screenshot.png} (full run) and
 * {@code report-first-screen.png} (what a reader of a quick run's report sees first). Skipped where
 * {@code /usr/bin/chromium} is missing, unless {@code -Dipcbench.browserTest.required=true} (CI)
 * makes that a failure. {@link ReportSizeTest} holds the quick run's report under 1 MB.
 */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("ipcbench.browserTest.chromium", "/usr/bin/chromium"));
    private static final boolean REQUIRED = Boolean.getBoolean("ipcbench.browserTest.required");
    private static final Path TARGET = Path.of("target");
    /** Figures the full-run report has: see RenderCommandTest. */
    private static final int CHARTS = 11;

    /**
     * Runs after the report's own scripts: every chart must have been laid out with a size, the first
     * section must be At a glance with its chart's bars drawn within the first screen, a click
     * on a numeric header must sort its column, every table must sort by its first column, and
     * every folded part must open for printing. Problems go to the console, where the test sees
     * them like any other error of the page.
     */
    private static final String PROBE = """
            <script>
            (function () {
              var figures = document.querySelectorAll('figure.chart');
              figures.forEach(function (f, i) {
                var svg = f.querySelector('svg'), box = svg && svg.getBoundingClientRect();
                if (!svg || box.width < 100 || box.height < 50 || !svg.querySelector('path, rect')
                    || !svg.querySelector('text')) {
                  console.error('chart ' + i + ' missing or empty: ' + f.textContent.slice(0, 80));
                }
              });
              var first = document.querySelector('body > section');
              if (!first || first.id !== 'glance') {
                console.error('the page opens with ' + (first ? first.id : 'no section') + ', not at a glance');
              }
              var glance = document.querySelector('#glance figure.chart svg'), at = glance && glance.getBoundingClientRect();
              if (!glance || at.width < 100 || at.height < 50 || glance.querySelectorAll('rect').length < 2) {
                console.error('the at-a-glance chart is missing or has no bars');
              } else if (at.top > window.innerHeight) {
                console.error('the at-a-glance chart starts below the first screen, at ' + at.top + ' px');
              }
              if (document.querySelectorAll('#glance .sentences li .verdict').length < 1) {
                console.error('no claim with its verdict at a glance');
              }
              function sortsBy(th) {
                th.click();
                var numeric = th.classList.contains('num'), col = th.cellIndex;
                var keys = Array.from(th.closest('table').tBodies[0].rows).map(function (r) {
                  var text = r.cells[col].textContent, v = parseFloat(text);
                  return !numeric ? text : isNaN(v) ? Infinity : v;
                });
                for (var i = 1; i < keys.length; i++) {
                  if (keys[i - 1] > keys[i]) { return false; }
                }
                return true;
              }
              if (!sortsBy(document.querySelector('#round-trip table.sortable th.num'))) {
                console.error('numeric column of the round-trip table not sorted');
              }
              document.querySelectorAll('table.sortable').forEach(function (table, i) {
                if (!sortsBy(table.tHead.rows[0].cells[0])) {
                  console.error('table ' + i + ' not sorted by its first column: ' + table.textContent.slice(0, 80));
                }
              });
              window.dispatchEvent(new Event('beforeprint'));
              document.querySelectorAll('details').forEach(function (d, i) {
                if (!d.open) { console.error('folded part ' + i + ' stays closed in print'); }
              });
              document.body.setAttribute('data-probe', figures.length);
            })();
            </script>
            """;
    private static final Pattern FIGURE = Pattern.compile("<figure class=\"chart\">");

    @Test
    void reportOpensWithoutErrorsWithEveryChartAndSortableTables() throws Exception {
        Path report = render("full-run", Cli.runDir("full-run"));

        assertOpensCleanly(report, CHARTS);

        Path screenshot = TARGET.resolve("report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium().screenshot(report, screenshot, 1400, 3000);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot);
    }

    @Test
    void aQuickRunsReportOpensTheSameWay() throws Exception {
        Path report = render("baseline", Cli.baselineRun());

        assertOpensCleanly(report, (int) FIGURE.matcher(Files.readString(report)).results().count());

        Path screenshot = TARGET.resolve("report-first-screen.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium().screenshot(report, screenshot, 1400, 900);
        assertTrue(Files.size(screenshot) > 10_000, "screenshot " + screenshot);
    }

    @Test
    void aRunWithFloorsAndUnstableRowsOpensTheSameWay() throws Exception {
        Path report = render("precision-run", Cli.runDir("precision-run"));

        assertOpensCleanly(report, (int) FIGURE.matcher(Files.readString(report)).results().count());
    }

    @Test
    void aFloorRunOpensTheSameWay() throws Exception {
        Path report = render("floor-run", Cli.runDir("floor-run"));

        assertOpensCleanly(report, (int) FIGURE.matcher(Files.readString(report)).results().count());
    }

    private static Path render(String name, Path run) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if (REQUIRED) {
            assertTrue(present, CHROMIUM + " is required (-Dipcbench.browserTest.required=true) but missing");
        }
        Assumptions.assumeTrue(present, CHROMIUM + " missing: browser test skipped");
        Path dir = Files.createDirectories(TARGET.resolve("browser-test").resolve(name));
        Cli c = Cli.run("render", run.toString(), "--out", dir.toString());
        assertEquals(ExitCodes.OK, c.exitCode(), c.err());
        return dir.resolve("report.html").toAbsolutePath();
    }

    private static void assertOpensCleanly(Path report, int charts) throws Exception {
        Path probed = report.resolveSibling("report-probed.html");
        Files.writeString(probed, Files.readString(report).replace("</body>", PROBE + "</body>"));
        HeadlessChromium.Page page = chromium().load(probed);
        assertEquals(List.of(), page.consoleLines(), "console output of " + report);
        Matcher probe = Pattern.compile("data-probe=\"(\\d+)\"").matcher(page.dom());
        assertTrue(probe.find(), "the probe script did not run: a script error stopped the page");
        assertEquals(charts, Integer.parseInt(probe.group(1)), "charts in " + report);
    }

    private static HeadlessChromium chromium() throws Exception {
        return new HeadlessChromium(CHROMIUM, Files.createDirectories(TARGET.resolve("browser-test")));
    }
}
