package ipcbench.bench.cli;

import ipcbench.bench.jmh.Applicability;
import ipcbench.bench.load.LoadMain;
import ipcbench.bench.precision.PrecisionFile;
import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.precision.PrecisionLoop;
import ipcbench.bench.precision.PrecisionSummary;
import ipcbench.bench.run.Affinity;
import ipcbench.bench.run.JmhJson;
import ipcbench.bench.text.TerminalCharset;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.Transports;
import ipcbench.transport.daemon.JavaRelease;
import ipcbench.transport.daemon.ChildJvm;
import ipcbench.transport.daemon.RunningJvm;
import ipcbench.transport.protocol.Protocol;
import ipcbench.transport.protocol.Protocols;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs one benchmark family for {@code scripts/run-bench.sh}: JMH with the given arguments, only on
 * the transports (and server and client models, {@code -p server=...}, {@code -p client=...}) the
 * benchmark applies to (the others are written to the not-applicable file with the reason), once
 * per model combination and per client count when there are several (JMH's thread count is not a
 * parameter), appending the results to one JMH JSON file. Transports run in passes by what they
 * need ({@link Pass}): those that need a longer JIT warm-up than the profile gives (Netty: 4 s on a
 * CPU shared with both JVMs' compilers) with more warm-up iterations and fewer forks, in about the
 * same time; those that need CPUs of their own with the daemon on another CPU. A benchmark of
 * daemons nobody here wrote ({@code -p target=...}) has none of these axes: it runs as given, once
 * per client count. With a precision target, the rows whose mean it misses get more forks, each
 * with exactly the row's parameters and its pass's settings, within the family's share of the
 * budget ({@link PrecisionLoop}); precision.json records how precise each row came out.
 */
@Command(name = "run-family", mixinStandardHelpOptions = true,
        description = "Run one benchmark class with JMH arguments, recording transports it does not apply to.")
public final class RunFamily implements Callable<Integer> {
    @Option(names = "--benchmark", required = true, description = "Benchmark class, e.g. Concurrency.")
    String benchmark;

    @Option(names = "--clients", split = ",", description = "Client counts: one JMH pass each, -t N -p clients=N.")
    List<Integer> clients;

    @Option(names = "--json", required = true, description = "JMH JSON file the results are appended to.")
    Path json;

    @Option(names = "--not-applicable", required = true,
            description = "Appended with one line per skipped combination: benchmark, parameters, reason (tab-separated).")
    Path notApplicable;

    @Option(names = "--long-warmup-iterations",
            description = "Warm-up iterations of transports that need a long warm-up (default: as the others).")
    Integer longWarmupIterations;

    @Option(names = "--long-warmup-forks", description = "Their forks (default: as the others).")
    Integer longWarmupForks;

    @Option(names = "--tails-at-smallest-payload",
            description = "After each pass, one more in sample mode (percentiles) at the smallest of its payloads only.")
    boolean tailsAtSmallestPayload;

    @Option(names = "--fork-cpus", paramLabel = "CPUS",
            description = "Run JMH's forks (and the daemons they start) pinned to CPUS, a taskset list, while this JVM,"
                    + " JMH's runner, stays where it was started: its work on each iteration's results then takes"
                    + " nothing from the measured CPUs (default: the forks run where this JVM does).")
    String forkCpus;

    @Option(names = "--own-cpus-daemon", paramLabel = "CPUS",
            description = "Where the daemons of transports that need CPUs of their own run (a taskset list), when the"
                    + " placement shares one CPU; unset: as the others.")
    String ownCpusDaemon;

    @Option(names = "--precision", defaultValue = PrecisionGoal.OFF_LABEL, converter = PrecisionGoal.TargetConverter.class,
            paramLabel = "PERCENT|off", description = "The relative half-width of the 95%% interval of each row's mean to"
                    + " reach with more forks (default: off).")
    double precision;

    @Option(names = "--budget", defaultValue = "0s", converter = LoadMain.DurationConverter.class,
            description = "How long the run's families may take together, first passes included.")
    Duration budget;

    @Option(names = "--budget-from", paramLabel = "INSTANT",
            description = "When the run's budget began, e.g. 2026-12-02T10:00:00Z (default: now).")
    Instant budgetFrom;

    @Option(names = "--first-pass-to", paramLabel = "FILE",
            description = "Measure the family's first pass only and keep its rows in FILE for --resume-from, so that"
                    + " the run's families can share the budget by what each then needs.")
    Path firstPassTo;

    @Option(names = "--resume-from", paramLabel = "FILE",
            description = "Take the rows a --first-pass-to left in FILE (and delete it) instead of measuring them.")
    Path resumeFrom;

    @Option(names = "--share-with", paramLabel = "FILE",
            description = "First passes of the families after this one (repeatable): the budget left is shared with"
                    + " them in proportion to the forks each needs to meet the target.")
    List<Path> shareWith = new ArrayList<>();

    @Option(names = "--precision-json", description = "precision.json, appended with each row's precision (with --precision).")
    Path precisionJson;

    @Spec
    CommandSpec spec;

    /** JMH's {@code jvm} for the forks: the launcher that pins them ({@code --fork-cpus}), or null: JMH's own. */
    private String forkJvm;

    /** The CPUs this runner was started on, to return to after a pass it ran moved; read once, as it never changes. */
    private final String runnerCpus = Affinity.of(ProcessHandle.current().pid());

    @Parameters(paramLabel = "JMH_ARGS", description = "JMH options (after --); no benchmark pattern.")
    List<String> jmhArgs = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new RunFamily()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrecisionGoal goal = new PrecisionGoal(precision, budget);
        if (!goal.isOff() && precisionJson == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision needs --precision-json");
        }
        CommandLineOptions jmh = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        String java = jmh.getJvm().orElse(RunningJvm.currentJava());
        forkJvm = forkCpus == null ? null : PinnedForks.launcher(forkCpus, java).toString();
        List<RunResult> results = resumeFrom != null ? FirstPass.take(resumeFrom) : measure(jmh);
        if (firstPassTo != null) {
            FirstPass.keep(firstPassTo, results);
            return 0;
        }
        if (!goal.isOff() && !jmh.getParameter("target").hasValue()) { // a target's rows are as its daemon gives them
            results = toPrecision(goal, jmh, results, shareEnd(goal, results));
        }
        // The JVM the forks ran, not the launcher that pinned them (a file gone when this JVM exits).
        JmhJson.append(json, results, forkCpus == null ? null : java);
        return 0;
    }

    /**
     * Every pass of the family: once per client count, protocol and model combination, the
     * transports by what they need; the combinations that do not apply go to the not-applicable
     * file (and stdout) with the reason.
     */
    private List<RunResult> measure(CommandLineOptions jmh) throws RunnerException, IOException {
        List<Integer> counts = clients == null ? List.of(jmh.getThreads().orElse(1)) : clients;
        List<RunResult> results = new ArrayList<>();
        if (jmh.getParameter("target").hasValue()) {
            // A daemon nobody here wrote: no transport, server or client model to choose, one pass per count.
            for (int n : counts) {
                results.addAll(new Runner(options(jmh, n).build()).run());
                if (tailsAtSmallestPayload) {
                    results.addAll(new Runner(tails(options(jmh, n), jmh).build()).run());
                }
            }
            return results;
        }
        Collection<String> transports = jmh.getParameter("transport").orElse(Transports.ids());
        StringBuilder skipped = new StringBuilder();
        List<String> servers = List.copyOf(jmh.getParameter("server").orElse(List.of(ServerModel.DEFAULT.id())));
        List<String> clientModels = List.copyOf(jmh.getParameter("client").orElse(List.of(ClientModel.DEFAULT.id())));
        List<String> protocols = List.copyOf(jmh.getParameter("protocol").orElse(List.of("raw")));
        int daemonJava = JavaRelease.feature(ChildJvm.defaultJava());
        for (int n : counts) {
            List<RunResult> passes = new ArrayList<>();
            for (String protocolId : protocols) {
                Protocol protocol = Protocols.get(protocolId);
                for (String server : servers) {
                    for (String client : clientModels) {
                        List<String> applicable = new ArrayList<>();
                        for (String id : transports) {
                            String why = Applicability.whyNotHere(benchmark, Transports.get(id), n, protocol,
                                    ServerModel.of(server), ClientModel.of(client), daemonJava);
                            if (why == null) {
                                applicable.add(id);
                            } else {
                                skipped.append(benchmark).append('\t').append(clients == null ? "" : "clients=" + n + " ")
                                        .append(protocols.size() > 1 || !protocolId.equals("raw")
                                                ? "protocol=" + protocolId + " " : "")
                                        .append(models(servers, server, clientModels, client))
                                        .append("transport=").append(id).append('\t')
                                        .append(Applicability.NOT_APPLICABLE).append(why).append('\n');
                            }
                        }
                        for (Pass pass : Pass.plan(applicable.stream().map(Transports::get).toList(),
                                protocol.needsLongWarmup())) {
                            passes.addAll(run(jmh, n, protocolId, server, client, pass));
                        }
                    }
                }
            }
            results.addAll(inOnePassOrder(passes, List.copyOf(transports)));
        }
        Files.writeString(notApplicable, skipped, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.print(skipped);
        return results;
    }

    /** The models of a skipped combination, as its line shows them: only those the run asked for more than one of or not the default. */
    private static String models(List<String> servers, String server, List<String> clientModels, String client) {
        String text = "";
        if (servers.size() > 1 || !server.equals(ServerModel.DEFAULT.id())) {
            text += "server=" + server + " ";
        }
        if (clientModels.size() > 1 || !client.equals(ClientModel.DEFAULT.id())) {
            text += "client=" + client + " ";
        }
        return text;
    }

    private Collection<RunResult> run(CommandLineOptions jmh, int clientCount, String protocol, String server,
                                      String client, Pass pass) throws RunnerException {
        List<RunResult> results = new ArrayList<>(runJmh(
                needs(passOptions(jmh, clientCount, protocol, server, client, pass), jmh, pass).build(), pass));
        if (tailsAtSmallestPayload) {
            ChainedOptionsBuilder tails = tails(passOptions(jmh, clientCount, protocol, server, client, pass), jmh);
            results.addAll(runJmh(needs(tails, jmh, pass).build(), pass));
        }
        return results;
    }

    /**
     * JMH on {@code options}. With forks pinned apart from this runner, a pass whose daemons get
     * CPUs of their own -- the runner's -- runs with the runner moved to the client's CPUs.
     */
    private Collection<RunResult> runJmh(Options options, Pass pass) throws RunnerException {
        boolean move = forkJvm != null && pass.ownCpus() && ownCpusDaemon != null;
        try {
            if (move) {
                PinnedForks.moveRunnerTo(forkCpus);
            }
            try {
                return new Runner(options).run();
            } finally {
                if (move) {
                    PinnedForks.moveRunnerTo(runnerCpus);
                }
            }
        } catch (IOException e) {
            throw new RunnerException(e.getMessage(), e);
        }
    }

    private ChainedOptionsBuilder passOptions(CommandLineOptions jmh, int clientCount, String protocol, String server,
                                              String client, Pass pass) {
        return options(jmh, clientCount).param("transport", pass.transports().toArray(new String[0]))
                .param("protocol", protocol).param("server", server).param("client", client);
    }

    /** {@code options} in sample mode at the smallest of {@code jmh}'s payloads (at each when it names none). */
    static ChainedOptionsBuilder tails(ChainedOptionsBuilder options, CommandLineOptions jmh) {
        options.mode(Mode.SampleTime);
        if (jmh.getParameter("payload").hasValue()) {
            options.param("payload", jmh.getParameter("payload").get().stream()
                    .min(Comparator.comparingLong(Long::parseLong)).orElseThrow());
        }
        return options;
    }

    /**
     * The options of one more fork of {@code row}: only its benchmark, its mode, its thread count
     * and every one of its parameters (transport, models, client count...), what its pass's
     * transports need, one fork (none when the pass ran in this JVM, {@code -f 0}).
     */
    Options oneMoreFork(CommandLineOptions jmh, Pass pass, RunResult row) {
        BenchmarkParams params = row.getParams();
        ChainedOptionsBuilder options = new OptionsBuilder().parent(jmh)
                .include("^" + Pattern.quote(params.getBenchmark()) + "$").mode(params.getMode())
                .threads(params.getThreads());
        for (String name : params.getParamsKeys()) {
            options.param(name, params.getParam(name));
        }
        return pinned(needs(options, jmh, pass)).forks(Math.min(1, params.getForks())).build();
    }

    /** {@code options} with what the pass's transports need: a longer warm-up, CPUs of their own. */
    private ChainedOptionsBuilder needs(ChainedOptionsBuilder options, CommandLineOptions jmh, Pass pass) {
        if (pass.longWarmup() && longWarmupIterations != null) {
            options.warmupIterations(longWarmupIterations);
        }
        if (pass.longWarmup() && longWarmupForks != null) {
            options.forks(longWarmupForks);
        }
        if (pass.ownCpus() && ownCpusDaemon != null) {
            // A system property of the forks (ChildJvm reads it before the environment): recorded in jmh.json.
            List<String> append = new ArrayList<>(jmh.getJvmArgsAppend().orElse(List.of()));
            append.add(ChildJvm.pinDaemonsFlag(ownCpusDaemon));
            options.jvmArgsAppend(append.toArray(new String[0]));
        }
        return options;
    }

    /** {@code options} with the forks' launcher, when they are pinned apart from this JVM. */
    private ChainedOptionsBuilder pinned(ChainedOptionsBuilder options) {
        return forkJvm == null ? options : options.jvm(forkJvm);
    }

    /** JMH's options for this family's benchmark with {@code clientCount} clients, when there are several. */
    private ChainedOptionsBuilder options(CommandLineOptions jmh, int clientCount) {
        ChainedOptionsBuilder options = pinned(new OptionsBuilder().parent(jmh)).include("\\." + benchmark + "\\.");
        if (clients != null) {
            options.threads(clientCount).param("clients", Integer.toString(clientCount));
        }
        return options;
    }

    /**
     * The rows with the forks the precision target added to those that missed it, within this
     * family's share of the budget; writes their precision and prints how many met it.
     */
    private List<RunResult> toPrecision(PrecisionGoal goal, CommandLineOptions jmh, List<RunResult> results,
                                        long shareEnd) throws Exception {
        // Sample mode's rows are there for their percentiles (the table shows them beside the avgt
        // mean, compare tests them per fork): their mean, moved by the rare slow sample, is no figure
        // anyone reads, so it is not held to the target and gets no forks of its own.
        List<RunResult> judged = results.stream().filter(PrecisionLoop::judged).toList();
        List<PrecisionLoop.Row> rows = new ArrayList<>();
        for (RunResult row : judged) {
            Options oneMore = oneMoreFork(jmh, passOf(row), row);
            Pass pass = passOf(row);
            rows.add(new PrecisionLoop.Row(row, () -> onlyResult(runJmh(oneMore, pass), row)));
        }
        long loopStart = System.nanoTime();
        PrecisionLoop.Outcome outcome = new PrecisionLoop(goal, System::nanoTime, shareEnd).run(rows);
        PrecisionFile.append(precisionJson, goal, outcome.rows());
        long seconds = Duration.ofNanos(System.nanoTime() - loopStart).toSeconds();
        for (String line : PrecisionSummary.lines(benchmark, goal, outcome, seconds)) {
            System.out.println(TerminalCharset.fit(line, TerminalCharset.stdout()));
        }
        Map<RunResult, RunResult> merged = new IdentityHashMap<>();
        for (int i = 0; i < judged.size(); i++) {
            merged.put(judged.get(i), outcome.results().get(i));
        }
        return results.stream().map(r -> merged.getOrDefault(r, r)).toList();
    }

    /** The pass that measured a row, from its transport and protocol: so that its added forks run as it did. */
    private static Pass passOf(RunResult row) {
        BenchmarkParams params = row.getParams();
        return Pass.plan(List.of(Transports.get(params.getParam("transport"))),
                Protocols.get(params.getParam("protocol")).needsLongWarmup()).get(0);
    }

    /**
     * When this family's share of the budget ends, on {@link System#nanoTime}: of the budget left
     * now, what one funding of its rows and the families' after it affords its rows
     * ({@link PrecisionLoop#shareNanos}).
     */
    private long shareEnd(PrecisionGoal goal, List<RunResult> rows) throws IOException {
        long now = System.nanoTime();
        Instant started = Instant.now();
        long left = Math.max(0, budget.minus(Duration.between(budgetFrom == null ? started : budgetFrom, started)).toNanos());
        List<RunResult> later = new ArrayList<>();
        for (Path after : shareWith) {
            later.addAll(FirstPass.read(after));
        }
        return now + PrecisionLoop.shareNanos(rows, later, goal, left);
    }

    private static RunResult onlyResult(Collection<RunResult> results, RunResult row) {
        if (results.size() != 1) {
            throw new IllegalStateException("one more fork of " + row.getParams().id() + " gave " + results.size()
                    + " results");
        }
        return results.iterator().next();
    }

    /**
     * The results of all passes in the order one JMH pass would have given them: each mode and
     * combination of the other parameters where it first appears, the transports within it in the
     * order they were asked for (the results table lists rows in file order).
     */
    private static List<RunResult> inOnePassOrder(List<RunResult> passes, List<String> transports) {
        List<String> others = new ArrayList<>();
        for (RunResult result : passes) {
            String key = withoutTransport(result);
            if (!others.contains(key)) {
                others.add(key);
            }
        }
        return passes.stream().sorted(Comparator.comparingInt((RunResult r) -> others.indexOf(withoutTransport(r)))
                .thenComparingInt(r -> transports.indexOf(r.getParams().getParam("transport")))).toList();
    }

    private static String withoutTransport(RunResult result) {
        BenchmarkParams params = result.getParams();
        StringBuilder key = new StringBuilder(params.getMode().shortLabel());
        for (String name : params.getParamsKeys()) {
            if (!name.equals("transport")) {
                key.append(' ').append(name).append('=').append(params.getParam(name));
            }
        }
        return key.toString();
    }
}
