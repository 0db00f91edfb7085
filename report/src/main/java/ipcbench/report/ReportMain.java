package ipcbench.report;

import ipcbench.bench.text.TerminalCharset;
import ipcbench.report.cli.CompareCommand;
import ipcbench.report.cli.ExitCodes;
import ipcbench.report.cli.GateStudyCommand;
import ipcbench.report.cli.RenderCommand;
import ipcbench.report.cli.TableCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The report tool run by {@code scripts/report.sh}: one subcommand class per task. */
@Command(name = "ipcbench-report", mixinStandardHelpOptions = true,
        description = "Read ipcbench results: the results table of a run, comparisons of runs, and the HTML report.",
        subcommands = {TableCommand.class, CompareCommand.class, GateStudyCommand.class, RenderCommand.class,
            CommandLine.HelpCommand.class})
public final class ReportMain implements Callable<Integer> {

    public static void main(String[] args) {
        // Charts are drawn through AWT's Graphics2D: never look for a display.
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = commandLine();
        // In a POSIX locale stdout is ASCII: spell ±, µ and × in ASCII there rather than print '?'.
        Charset charset = TerminalCharset.stdout();
        cl.setOut(TerminalCharset.writer(new FileOutputStream(FileDescriptor.out), charset));
        cl.setErr(TerminalCharset.writer(new FileOutputStream(FileDescriptor.err), charset));
        int exitCode = cl.execute(args);
        // The writers buffer and System.exit does not flush them.
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line, also used by the tests (which capture its output themselves). */
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
