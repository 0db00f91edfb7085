package ipcbench.report.cli;

import ipcbench.bench.run.RunDirectory;
import ipcbench.report.jmh.JmhReader;
import ipcbench.report.precision.Precision;
import ipcbench.report.table.NotApplicable;
import ipcbench.report.table.ResultsTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code table DIR}: the closing results table of a run. */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Print a run's results: one row per benchmark and parameter set with the mean ± JMH's error,"
                + " sample-mode percentiles and the ratio to a reference transport.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:table printed", "2:bad input (missing or malformed file)"})
public final class TableCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN",
            description = "A run directory (" + RunDirectory.JMH_JSON + ", " + RunDirectory.ENV_JSON
                    + ") or a JMH JSON file.")
    Path run;

    @Option(names = "--param", defaultValue = "transport", paramLabel = "NAME",
            description = "Parameter whose values are compared in the ratio column (default: ${DEFAULT-VALUE}).")
    String param;

    @Option(names = "--reference", defaultValue = "tcp-nio", paramLabel = "VALUE",
            description = "Value of that parameter the others are divided by (default: ${DEFAULT-VALUE}).")
    String reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            spec.commandLine().getOut().print(new ResultsTable(param, reference).render(JmhReader.read(run),
                    NotApplicable.read(run), Precision.read(run)));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("table: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
