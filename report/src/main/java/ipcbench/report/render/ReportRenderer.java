package ipcbench.report.render;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.claims.Claim;
import ipcbench.report.claims.ClaimChecker;
import ipcbench.report.claims.ClaimResult;
import ipcbench.report.floor.NativeFloor;
import ipcbench.report.jmh.JmhReader;
import ipcbench.report.jmh.JmhRun;
import ipcbench.report.load.HgrmReader;
import ipcbench.report.precision.Precision;
import ipcbench.report.sections.LoadedRun;
import ipcbench.report.sections.ReportSections;
import ipcbench.report.table.NotApplicable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads run directories and writes {@code report.html} and {@code summary.md}. */
public final class ReportRenderer {
    private static final double CONFIDENCE = 0.95;

    private ReportRenderer() {
    }

    /** Reads each run (a directory, or a jmh.json file), failing on the first bad file with its name. */
    public static List<LoadedRun> load(List<Path> paths) throws IOException {
        List<LoadedRun> runs = new ArrayList<>();
        for (Path p : paths) {
            JmhRun jmh = JmhReader.read(p);
            Path dir = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            runs.add(new LoadedRun(dir.toAbsolutePath().normalize().getFileName().toString(), jmh,
                    HgrmReader.readRun(dir), NotApplicable.read(dir), Precision.read(dir), NativeFloor.read(dir)));
        }
        return runs;
    }

    public static Report build(List<LoadedRun> runs, List<Claim> claims, String reference) {
        ClaimChecker checker = new ClaimChecker(CONFIDENCE);
        List<List<ClaimResult>> verdicts = claims.stream()
                .map(c -> runs.stream().map(r -> checker.check(c, r.jmh())).toList()).toList();
        return new Report(runs, verdicts, ReportSections.build(runs, reference), reference);
    }

    /** Writes both files into {@code out} (created if needed) and returns their paths, HTML first. */
    public static List<Path> write(Report report, Path out) throws IOException {
        Files.createDirectories(out);
        RunDirectory dir = RunDirectory.at(out);
        Path html = dir.reportHtml();
        Path md = dir.summaryMd();
        Files.writeString(html, HtmlPage.render(report), StandardCharsets.UTF_8);
        Files.writeString(md, MarkdownSummary.render(report), StandardCharsets.UTF_8);
        return List.of(html, md);
    }
}
