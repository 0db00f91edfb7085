package ipcbench.report.cli;

import ipcbench.report.compare.ComparedRun;
import ipcbench.report.compare.SampleUnit;
import ipcbench.report.gate.GateStudy;
import ipcbench.report.gate.StudyMarkdown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gate-study A_RUNS [B_RUNS]}: how often the CI gate cries wolf, and whether it catches a known slowdown. */
@Command(name = "gate-study", mixinStandardHelpOptions = true,
        description = {"Compare runs of one commit with each other (A/A: every split of the A runs into two disjoint"
                + " sides of --rounds runs each, pooled as bench.yml pools its rounds) and with runs of the same commit"
                + " whose daemons of one transport had a delay injected (A/B: run-bench.sh --inject-delay), with"
                + " compare's tests at each --threshold, and write Markdown: per row how many A/A comparisons it failed"
                + " the gate in (false alarms) and was significant in, per comparison whether the gate failed, per"
                + " A/B comparison whether the delayed transport's rows were caught and any other failed."
                + " scripts/gate-study.sh makes the runs; docs/ci.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the study was written", "2:bad input: a missing or malformed run, too few runs, a bad option",
                "3:internal error"})
public final class GateStudyCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "1", paramLabel = "A_RUNS", split = ",",
            description = "The runs of the commit as it is, comma-separated, in the order they ran.")
    List<Path> a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B_RUNS", split = ",",
            description = "The runs with an injected delay, comma-separated, in the order they ran (none: A/A only).")
    List<Path> b = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "2",
            description = "Runs pooled per side, as bench.yml's rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threshold", defaultValue = "10", split = ",", paramLabel = "PERCENT",
            converter = CompareCommand.PercentConverter.class,
            description = "The gate's threshold, as compare's; several (comma-separated or repeated) get a column"
                    + " each (default: ${DEFAULT-VALUE}%%).")
    List<Double> thresholds;

    @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P",
            description = "Significance level of the tests (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--samples", defaultValue = "auto", paramLabel = "UNIT",
            description = "What one sample of a mean's test is, as compare's --samples: auto, runs, forks or iterations"
                    + " (default: ${DEFAULT-VALUE}).")
    SampleUnit samples;

    @Option(names = "--informational", split = ",", paramLabel = "ROW",
            description = "Rows compared but not gated, as compare's --informational (transport=shm-spin, Concurrency).")
    List<String> informational = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GateStudy study;
        try {
            study = GateStudy.of(read(a), read(b), rounds, thresholds, alpha, samples, informational);
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("gate-study: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().print(StudyMarkdown.render(study));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static List<ComparedRun> read(List<Path> paths) throws IOException {
        List<ComparedRun> runs = new ArrayList<>();
        for (Path p : paths) {
            runs.add(ComparedRun.read(p));
        }
        return runs;
    }
}
