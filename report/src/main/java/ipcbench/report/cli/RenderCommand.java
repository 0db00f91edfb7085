package ipcbench.report.cli;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.claims.Claim;
import ipcbench.report.claims.ClaimsFile;
import ipcbench.report.render.Report;
import ipcbench.report.render.ReportRenderer;
import ipcbench.report.sections.LoadedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code render DIR...}: report.html and summary.md from one or more runs. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Write " + RunDirectory.REPORT_HTML + " (charts, tables, claims) and " + RunDirectory.SUMMARY_MD
                + " (claims and key tables) from one or more run directories, side by side, into the first one"
                + " (or --out), and print their paths.",
                "See docs/report.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad input (missing, empty or malformed file, named in the message)",
                "3:internal error"})
public final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", arity = "1..*",
            description = "Run directories (" + RunDirectory.JMH_JSON + ", " + RunDirectory.ENV_JSON + ", "
                    + RunDirectory.LOAD_DIR + "/*.hgrm) or JMH JSON files.")
    List<Path> runs;

    @Option(names = "--reference", defaultValue = "tcp-nio", paramLabel = "TRANSPORT",
            description = "Transport (or, for daemons nobody here wrote, target) the ratio table divides by"
                    + " (default: ${DEFAULT-VALUE}).")
    String reference;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: the first run's directory).")
    Path out;

    @Option(names = "--claims", paramLabel = "FILE",
            description = "Claims file to check instead of the built-in claims (format: docs/report.md).")
    Path claimsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            List<Claim> claims = claimsFile == null ? ClaimsFile.builtIn() : ClaimsFile.read(claimsFile);
            List<LoadedRun> loaded = ReportRenderer.load(runs);
            Report report = ReportRenderer.build(loaded, claims, reference);
            Path first = runs.get(0);
            Path target = out != null ? out : Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
            for (Path written : ReportRenderer.write(report, target)) {
                spec.commandLine().getOut().println(written);
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("render: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
