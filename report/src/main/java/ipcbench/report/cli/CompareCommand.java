package ipcbench.report.cli;

import ipcbench.report.compare.ComparedRun;
import ipcbench.report.compare.Comparison;
import ipcbench.report.compare.Format;
import ipcbench.report.compare.RunComparer;
import ipcbench.report.compare.SampleUnit;
import ipcbench.report.compare.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare OLD NEW}: benchstat for JMH results and load-generator runs, with a regression gate. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs: per benchmark, mode and parameter set, old and new means with"
                + " confidence intervals, the change, and a Welch's t-test p-value on fork means or per-iteration samples;"
                + " for sample mode also the p99 and p99.9 of each fork, and for load-generator runs (load/*.hlog)"
                + " the corrected p99 of each interval, with a Mann-Whitney U test.",
                "A change that is not significant shows as ~. See docs/compare.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no significant regression beyond the threshold",
                "1:at least one significant regression beyond the threshold",
                "2:bad input: missing or malformed file, bad option, nothing in common",
                "3:internal error"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "1", paramLabel = "OLD", split = ",",
            description = "Run directory or JMH JSON file; several separated by commas are pooled.")
    List<Path> old;

    @Parameters(index = "1", arity = "1", paramLabel = "NEW", split = ",",
            description = "Run directory or JMH JSON file; several separated by commas are pooled.")
    List<Path> neu;

    // 10 % default: docs/compare.md explains the choice.
    @Option(names = "--threshold", defaultValue = "10", paramLabel = "PERCENT", converter = PercentConverter.class,
            description = "A significant regression larger than this fails (exit 1), e.g. 10%% or 2.5"
                    + " (default: ${DEFAULT-VALUE}%%).")
    double threshold;

    @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P",
            description = "Significance level of the test; intervals are at 1 - alpha (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--samples", defaultValue = "auto", paramLabel = "UNIT",
            description = "What one sample of a mean's test is: runs (each run's mean; several runs a side,"
                    + " comma-separated), forks (each fork's mean), iterations, or auto: runs where both sides have 4"
                    + " or more, else forks where both have 4 or more, else iterations (default: ${DEFAULT-VALUE})."
                    + " Tails are always tested by fork, load runs by interval.")
    SampleUnit samples;

    @Option(names = "--informational", split = ",", paramLabel = "ROW",
            description = "Rows compared and shown but never failing the gate: a parameter (transport=shm-spin) or a"
                    + " benchmark class (Concurrency); comma-separated or repeated. For rows too noisy on the machine"
                    + " to gate on (docs/ci.md).")
    List<String> informational = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: text (terminal), md (Markdown) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings;
        try {
            settings = new Settings(threshold, alpha, samples, informational);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<ComparedRun> oldRuns;
        List<ComparedRun> newRuns;
        try {
            oldRuns = read(old);
            newRuns = read(neu);
        } catch (IOException e) {
            spec.commandLine().getErr().println("compare: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Comparison c = RunComparer.compare(oldRuns, newRuns, settings);
        if (c.tables().isEmpty()) {
            spec.commandLine().getErr().println("compare: nothing in common between " + join(old) + " and "
                    + join(neu) + ": no benchmark with the same mode, parameters and unit on both sides");
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().print(format.render(c));
        spec.commandLine().getOut().flush();
        return c.gateFailures() > 0 ? ExitCodes.REGRESSION : ExitCodes.OK;
    }

    private static String join(List<Path> paths) {
        return String.join(",", paths.stream().map(Path::toString).toList());
    }

    private static List<ComparedRun> read(List<Path> paths) throws IOException {
        List<ComparedRun> runs = new ArrayList<>();
        for (Path p : paths) {
            runs.add(ComparedRun.read(p));
        }
        return runs;
    }

    /** "10%", "10" and "2.5%" are all percentages; the result is a fraction. */
    static final class PercentConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String number = value.strip();
            if (number.endsWith("%")) {
                number = number.substring(0, number.length() - 1).strip();
            }
            return Double.parseDouble(number) / 100;
        }
    }
}
