package ipcbench.report;

import ipcbench.report.cli.CompareCommand;
import ipcbench.report.cli.ExitCodes;
import ipcbench.report.cli.RenderCommand;
import ipcbench.report.cli.TableCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The report tool run by {@code scripts/report.sh}: one subcommand class per task. */
@Command(name = "ipcbench-report", mixinStandardHelpOptions = true,
        description = "Read ipcbench results: the results table of a run, comparisons of runs, and the HTML report.",
        subcommands = {TableCommand.class, CompareCommand.class, RenderCommand.class, CommandLine.HelpCommand.class})
public final class ReportMain implements Callable<Integer> {

    public static void main(String[] args) {
        // Charts are drawn through AWT's Graphics2D: never look for a display.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReportMain());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return cl;
    }

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
