package ipcbench.bench.cli;

import ipcbench.transport.daemon.RunningJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The report tool ({@code report/target/ipcbench-report.jar}, the module above this one) in a
 * JVM of its own: {@code table}, {@code report} and {@code compare} hand it their arguments as
 * they are, so its own {@code --help} answers for them.
 */
final class ReportTool {
    private ReportTool() {
    }

    /** Runs the report tool with {@code args} on our terminal; returns its exit status. */
    static int run(Home home, List<String> args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(home.reportJar())) {
            throw new UsageException("the report tool is not built: " + home.reportJar()
                    + " is missing (scripts/run-bench.sh builds it; or mvn -B package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(RunningJvm.currentJava(), "-jar", home.reportJar().toString()));
        command.addAll(args);
        return Children.runInherited(command);
    }

    /** The arguments, passed through unparsed (help included). */
    abstract static class Delegate implements Callable<Integer> {
        @Parameters(paramLabel = "ARGS", description = "The report tool's arguments; --help lists them.")
        List<String> args = new ArrayList<>();

        private final String toolCommand;

        Delegate(String toolCommand) {
            this.toolCommand = toolCommand;
        }

        @Override
        public Integer call() throws Exception {
            List<String> all = new ArrayList<>(List.of(toolCommand));
            all.addAll(args);
            return run(Home.fromEnvironment(), all);
        }
    }

    @Command(name = "table", description = "Print a run's results table again: table RUN_DIR (--help: its options).")
    static final class Table extends Delegate {
        Table() {
            super("table");
        }
    }

    @Command(name = "report", description = "Render report.html and summary.md again, several runs side by side:"
            + " report RUN_DIR... [--reference X] [--out D] [--claims F] (docs/report.md).")
    static final class Report extends Delegate {
        Report() {
            super("render");
        }
    }

    @Command(name = "compare", description = "Compare two runs (or lists of runs), exit 1 on a significant"
            + " regression: compare OLD NEW [...] (docs/compare.md).")
    static final class Compare extends Delegate {
        Compare() {
            super("compare");
        }
    }
}
