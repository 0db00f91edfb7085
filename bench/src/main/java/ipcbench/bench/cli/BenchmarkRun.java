package ipcbench.bench.cli;

import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.run.CpuSteadiness;
import ipcbench.bench.run.DaemonRecord;
import ipcbench.bench.run.RunDirectory;
import ipcbench.bench.run.TargetRecord;
import ipcbench.transport.Transport;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * A benchmark run: every family of a profile through {@link RunFamily} in a JVM of its own
 * (pinned as the placement says), or, when the user names benchmarks, one plain JMH run with the
 * first family's options. Everything is checked before the run directory is made; then env.json,
 * the table and the report follow, also when a benchmark failed (its directory and log are kept).
 * With a precision target every family's first pass runs first, then each family's added forks
 * in a share of the budget left by what its rows need, beside what those of the families after it
 * need.
 */
final class BenchmarkRun {
    /** What one JVM of the run does: its command and the placement it runs under. */
    record Step(String label, Placement placement, List<String> command) {
    }

    /**
     * What the closing table and report compare: each row's mean over that of the row with
     * {@code param=reference} and the other parameters equal.
     */
    record Ratio(String param, String reference) {
        static final Ratio TRANSPORTS = new Ratio("transport", "tcp-nio");
    }

    /** What a run does once its table and report are out, when all went well; returns an exit status. */
    @FunctionalInterface
    interface Epilogue {
        int after(RunDirectory run) throws IOException, InterruptedException;

        Epilogue NONE = run -> 0;
    }

    private final Home home;
    private final Profile profile;
    private final List<Family> families;
    private final Placement placement;
    private final List<String> userArgs;
    private final DaemonSettings daemons;
    private final PrecisionGoal goal;

    BenchmarkRun(Home home, Profile profile, List<Family> families, Placement placement, List<String> userArgs,
                 DaemonSettings daemons, PrecisionGoal goal) {
        this.home = home;
        this.profile = profile;
        this.families = families;
        this.placement = placement;
        this.userArgs = List.copyOf(userArgs);
        this.daemons = daemons;
        this.goal = goal;
    }

    int run() throws IOException, InterruptedException {
        if (placement.cpusNeeded() > Runtime.getRuntime().availableProcessors()) {
            throw new UsageException("--placement " + placement + " needs " + placement.cpusNeeded()
                    + " CPUs, this machine has " + Runtime.getRuntime().availableProcessors());
        }
        daemons.environment(); // checked before the run directory is made
        JmhArgs user = JmhArgs.parse(userArgs);
        boolean byFamily = user.patterns().isEmpty();
        List<Step> steps = byFamily ? familySteps(user, Instant.now()) : List.of(patternStep());
        return execute(home, profile, placementLabel(user),
                byFamily ? "families " + labels() : "benchmarks " + user.patterns(), steps, daemons,
                byFamily ? goal : PrecisionGoal.OFF, Ratio.TRANSPORTS, Epilogue.NONE);
    }

    /**
     * Runs planned and checked {@code steps} in a new run directory, then writes env.json, prints the
     * table and writes the report, also when a step failed (its directory and log are kept).
     */
    static int execute(Home home, Profile profile, String placements, String what, List<Step> steps,
                       DaemonSettings daemons, PrecisionGoal goal, Ratio ratio, Epilogue epilogue)
            throws IOException, InterruptedException {
        RunDirectory run = home.newRun();
        System.err.println("run-bench.sh: profile " + profile + ", placement " + placements + ", " + what + " -> " + run);
        long start = System.nanoTime();
        List<CpuSteadiness> steadiness = new ArrayList<>(List.of(CpuSteadiness.measure("start", STEADINESS_PROBE)));
        int status = 0;
        StringBuilder command = new StringBuilder();
        for (Step step : steps) {
            List<String> shown = step.command.subList(step.command.indexOf(Home.classPath()) + 1, step.command.size());
            Children.note(run.jmhLog(), "run-bench.sh: " + step.label + ", placement " + step.placement + ": "
                    + String.join(" ", shown));
            command.append(step.label).append(": ").append(String.join(" ", shown)).append("; ");
            status = Children.runLogged(resolve(step.command, run), environment(step.placement, daemons, run), run.jmhLog());
            if (status != 0) {
                break;
            }
        }
        if (status == 0 && !Children.interrupted()) {
            steadiness.add(CpuSteadiness.measure("end", STEADINESS_PROBE));
        }
        new EnvInfo(profile.label(), placements, command.toString().trim(), List.of(), home.gitCommit(), goal,
                steadiness).write(run);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        if (!Children.interrupted() && Files.exists(run.jmhJson()) && Files.size(run.jmhJson()) > 0) {
            System.out.println();
            System.out.println("Results: " + run + " (placement: " + placements + ", profile: " + profile + ", "
                    + seconds + "s)");
            if (Files.isRegularFile(home.reportJar())) {
                status = worst(status, ReportTool.run(home, List.of("table", "--param", ratio.param(), "--reference",
                        ratio.reference(), run.toString())));
            }
            status = worst(status, render(home, run, ratio));
            status = status != 0 ? status : epilogue.after(run);
        }
        if (status != 0) {
            System.err.println("run-bench.sh: the run failed (exit " + status + "); its directory is kept: " + run
                    + " (see " + run.jmhLog() + ")");
        }
        return status;
    }

    /** report.html and summary.md of a finished run, by the report tool; its exit status. */
    static int render(Home home, RunDirectory run, Ratio ratio) throws IOException, InterruptedException {
        if (!Files.isRegularFile(home.reportJar())) {
            // Only without scripts/run-bench.sh, which builds it: the results are there all the same.
            System.err.println("run-bench.sh: no table or report: " + home.reportJar() + " is not built");
            return 0;
        }
        return ReportTool.run(home, List.of("render", "--reference", ratio.reference(), run.toString()));
    }

    /**
     * One RunFamily JVM per family, its JMH arguments the profile's merged with the user's. With a
     * precision target, two per family: every family's first pass, then each family's added forks
     * in its share of what is left of the budget that began at {@code budgetFrom}, shared with the
     * families after it by what each needs (so the first family is not starved by those after it).
     */
    private List<Step> familySteps(JmhArgs user, Instant budgetFrom) {
        List<Step> firstPasses = new ArrayList<>();
        List<Step> precision = new ArrayList<>();
        for (Family family : families) {
            Profile.Plan plan = profile.plan(family);
            List<String> jmh = checked(JmhArgs.merge(plan.familyOptions(), userArgs));
            List<String> command = runFamilyCommand(family.placement(placement), family.benchmark(), plan.clients());
            // The user's -wi or -f apply to every transport, those needing a long warm-up included.
            if (plan.longWarmupIterations() != null && !user.has("-wi")) {
                command.addAll(List.of("--long-warmup-iterations", plan.longWarmupIterations().toString()));
            }
            if (plan.longWarmupForks() != null && !user.has("-f")) {
                command.addAll(List.of("--long-warmup-forks", plan.longWarmupForks().toString()));
            }
            command.addAll(plan.tailsFlag(user));
            Placement where = family.placement(placement);
            if (where.daemonCpus() != null && where.daemonCpus().equals(where.clientCpus()) && anyNeedsOwnCpus()) {
                command.addAll(List.of("--own-cpus-daemon", Placement.SPLIT.daemonCpus()));
            }
            if (goal.isOff()) {
                firstPasses.add(new Step(family.label(), where, withJmh(command, jmh)));
                continue;
            }
            List<String> first = new ArrayList<>(command);
            first.addAll(List.of("--first-pass-to", firstPassFile(family)));
            firstPasses.add(new Step(family.label(), where, withJmh(first, jmh)));
            List<String> more = new ArrayList<>(command);
            more.addAll(List.of("--resume-from", firstPassFile(family), "--precision", goal.targetLabel(),
                    "--budget", goal.budget().toSeconds() + "s", "--budget-from", budgetFrom.toString(),
                    "--precision-json", RUN_PRECISION_JSON));
            for (Family after : families.subList(families.indexOf(family) + 1, families.size())) {
                more.addAll(List.of("--share-with", firstPassFile(after)));
            }
            precision.add(new Step(family.label() + " precision", where, withJmh(more, jmh)));
        }
        List<Step> steps = new ArrayList<>(firstPasses);
        steps.addAll(precision);
        return steps;
    }

    /** Where a family's first pass waits for its precision step: in the run directory, deleted by that step. */
    private static String firstPassFile(Family family) {
        return RUN + "first-pass-" + family.label() + ".ser";
    }

    /** {@code java ... RunFamily --benchmark B [--clients N,M]} pinned as {@code placement} says; options may follow. */
    static List<String> runFamilyCommand(Placement placement, String benchmark, List<Integer> clients) {
        return runFamilyCommand(placement, benchmark, clients, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #runFamilyCommand(Placement, String, List)} on a machine of {@code cpus} CPUs: JMH's runner off the measured ones when one is free. */
    static List<String> runFamilyCommand(Placement placement, String benchmark, List<Integer> clients, int cpus) {
        String harness = placement.harnessCpus(cpus);
        List<String> command = Home.javaCommand(harness == null ? placement.clientCpus() : harness, List.of(),
                RunFamily.class);
        command.addAll(List.of("--benchmark", benchmark));
        if (harness != null) {
            command.addAll(List.of("--fork-cpus", placement.clientCpus()));
        }
        if (!clients.isEmpty()) {
            command.addAll(List.of("--clients", clients.stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
        return command;
    }

    /** A RunFamily command completed with the run's files and the (checked) JMH arguments; JMH fails on any error. */
    static List<String> withJmh(List<String> runFamily, List<String> jmh) {
        List<String> command = new ArrayList<>(runFamily);
        command.addAll(List.of("--json", RUN_JMH_JSON, "--not-applicable", RUN_NOT_APPLICABLE, "--"));
        command.addAll(jmh);
        command.addAll(List.of("-foe", "true"));
        return command;
    }

    /** Whether a transport needs CPUs of their own: only then does RunFamily need to know where. */
    private static boolean anyNeedsOwnCpus() {
        return Transports.all().values().stream().anyMatch(Transport::needsOwnCpus);
    }

    /** The user's benchmark patterns: plain JMH with the first family's options. */
    private Step patternStep() {
        List<String> jmh = checked(JmhArgs.merge(profile.plan(families.get(0)).jmhOptions(), userArgs));
        List<String> command = Home.javaCommand(placement.clientCpus(), List.of(), org.openjdk.jmh.Main.class);
        command.addAll(jmh);
        command.addAll(List.of("-foe", "true", "-rf", "json", "-rff", RUN_JMH_JSON));
        return new Step("jmh", placement, command);
    }

    /** How long the CPU's steadiness is probed at a run's start and end (a fifth more to warm up). */
    private static final Duration STEADINESS_PROBE = Duration.ofSeconds(1);

    /** Placeholders for the run directory's files: the steps are planned (and checked) before it exists. */
    private static final String RUN = "<run>/";
    private static final String RUN_JMH_JSON = RUN + RunDirectory.JMH_JSON;
    private static final String RUN_NOT_APPLICABLE = RUN + RunDirectory.NOT_APPLICABLE;
    private static final String RUN_PRECISION_JSON = RUN + RunDirectory.PRECISION_JSON;

    private static List<String> resolve(List<String> command, RunDirectory run) {
        return command.stream().map(arg -> arg.startsWith(RUN) ? run.root().resolve(arg.substring(RUN.length())).toString()
                : arg).toList();
    }

    /**
     * {@code jmh} as JMH would take it: its own parser's complaint, a transport that is not
     * registered, or a pattern that matches no benchmark is bad usage, found before any JVM starts.
     */
    static List<String> checked(List<String> jmh) {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(jmh.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH: " + e.getMessage());
        }
        for (String id : options.getParameter("transport").orElse(List.of())) {
            if (!Transports.ids().contains(id)) {
                throw new UsageException("unknown transport '" + id + "' (valid: " + String.join(", ", Transports.ids())
                        + ")");
            }
        }
        if (!options.getIncludes().isEmpty()) {
            SortedSet<BenchmarkListEntry> found = BenchmarkList.defaultList().find(
                    OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), options.getIncludes(),
                    options.getExcludes());
            if (found.isEmpty()) {
                throw new UsageException("no benchmark matches " + options.getIncludes() + " (benchmarks: "
                        + BenchmarkList.defaultList().getAll(OutputFormatFactory.createFormatInstance(System.out,
                        VerboseMode.SILENT), List.of()).stream().map(BenchmarkListEntry::getUserClassQName)
                        .map(name -> name.substring(name.lastIndexOf('.') + 1)).distinct()
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        return jmh;
    }

    /**
     * The daemons' CPUs, java and test-only delay (read by whoever starts one: ChildJvm,
     * DaemonOptions), and where the forks record their daemons.
     */
    static Map<String, String> environment(Placement placement, DaemonSettings daemons, RunDirectory run) {
        Map<String, String> env = new HashMap<>(daemons.environment());
        env.put(ChildJvm.CPUS_ENV, placement.daemonCpus() == null ? "" : placement.daemonCpus());
        env.put(DaemonRecord.FILE_ENV, run.daemons().toString());
        env.put(TargetRecord.FILE_ENV, run.targets().toString());
        return env;
    }

    /** {@code same}, or {@code same (concurrency: split)} when a family runs elsewhere. */
    private String placementLabel(JmhArgs user) {
        if (!user.patterns().isEmpty()) {
            return placement.label();
        }
        StringBuilder label = new StringBuilder(placement.label());
        List<String> others = families.stream().filter(f -> f.placement(placement) != placement)
                .map(f -> f.label() + ": " + f.placement(placement)).toList();
        if (!others.isEmpty()) {
            label.append(" (").append(String.join(", ", others)).append(')');
        }
        return label.toString();
    }

    private String labels() {
        return families.stream().map(Family::label).collect(Collectors.joining(","));
    }

    private static int worst(int a, int b) {
        return a != 0 ? a : b;
    }
}
