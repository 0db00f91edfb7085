package ipcbench.bench.cli;

import ipcbench.bench.load.LoadMain;
import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.text.TerminalCharset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line {@code scripts/run-bench.sh} runs: without a command, the benchmark families
 * of a profile ({@link BenchmarkRun}); with one, the floor check, the load generator, the list of
 * what can be measured, or the report tool. Bad usage is one line and exit status 2, before any
 * run directory exists.
 */
@Command(name = "run-bench.sh", sortOptions = false, usageHelpWidth = 100,
        description = {
            "Runs the benchmarks (default: the quick profile). Each run starts a daemon in its own JVM per transport"
                    + " and trial, drives it with JMH, and writes results/runs/<UTC timestamp>/ with jmh.json (JMH -rf"
                    + " json), jmh.log, env.json and precision.json (how precise each row came out, --precision), then"
                    + " prints a table (mean round-trip time ± 99.9%% error, p50, p99,"
                    + " p99.9, CPU per op, the ratio to tcp-nio) and writes report.html and summary.md.",
            "",
            "Anything after the options (or after --) goes to JMH and wins over the profile: an option given there"
                    + " replaces the profile's (per parameter for -p, per profiler for -prof), a benchmark pattern"
                    + " replaces the families:",
            "  scripts/run-bench.sh -- -p transport=uds-jdk,tcp-nio -f 3",
            "  scripts/run-bench.sh --profile full -- 'RoundTrip|Floor' -prof perfnorm",
            "Plain JMH works too: java -jar bench/target/benchmarks.jar RoundTrip -p transport=uds-jdk",
            ""},
        footer = {"", "Environment: JAVA (the java binary, default: java on PATH), IPCBENCH_RESULTS (default: results/runs).",
            "Exit status: 0 ok; 2 bad usage; otherwise the failed benchmark's (its run directory and log are kept)."},
        subcommands = {FloorCommand.class, LoadCommand.class, TargetCommand.class, ListCommand.class, ReportTool.Table.class,
            ReportTool.Report.class, ReportTool.Compare.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "This text.")
    boolean help;

    static final int BAD_USAGE = 2;

    @Option(names = "--profile", defaultValue = "quick", converter = ProfileConverter.class, paramLabel = "quick|full|ci",
            description = {"quick (default): every family at a small size on one transport per mechanism (tcp-nio,"
                    + " uds-jdk, pipe-stdio, shm-spin; -- -p transport=... names others), one fork per row and a second"
                    + " for rows that miss --precision (under 5 minutes on 2 cores); transports that need a long"
                    + " warm-up (Netty) get 8 warm-up iterations in a JMH pass of their own.", "full: the whole matrix (payloads 64 B-64 KiB, 1-64 clients, 3 forks...).",
                "ci: what the pull-request gate compares (docs/ci.md): quick's transports, round trips at 64 B and"
                        + " 16 KiB and Concurrency at 16 clients, 3 short forks per row, no profilers, no precision"
                        + " loop (about 3.5 minutes on 2 cores)."})
    Profile profile;

    @Option(names = "--only", paramLabel = "FAMILIES",
            description = {"Comma list of families (default: the profile's: all; ci: roundtrip,concurrency):",
                "roundtrip: RoundTrip, one client, payload sizes;",
                "concurrency: Concurrency, N clients each with a connection, requests/s (quick: N = 1,16,64; ci: 16;"
                        + " full: 1,2,4,8,16,64);",
                "connect: Connect, connect + one 64 B request + close, connections/s;",
                "stream: Stream, one-way 64 KiB / 1 MiB chunks, acked per 4 MiB, MB/s.",
                "Transports a family does not apply to are listed as n/a with the reason. Every family (but ci's) runs with"
                        + " -prof ipcbench.bench.profile.CpuProfiler (CPU us/op of client and daemon, daemon context"
                        + " switches)."})
    String only;

    @Option(names = "--precision", converter = PrecisionGoal.TargetConverter.class, paramLabel = "PERCENT|off",
            description = {"After every family's first pass, the result rows whose mean's 95%% confidence interval is"
                    + " wider than this (its half-width over the mean: fork means with 4 forks or more, else"
                    + " iterations) get more forks by need: those predicted to need the fewest first, one per row per"
                    + " round, none for a row out of reach (more than 16 forks, or more than the time left), until all"
                    + " are within it or the family's share of --budget is used up. The rows still outside are"
                    + " unstable in precision.json, with a diagnosis (bimodal, drift, trend within fork, scatter); each"
                    + " family prints them.",
                "Default: the profile's (quick 5%%, full 2%%, ci off); off: no forks added, no precision.json. Not for"
                        + " benchmark patterns (plain JMH)."})
    Double precision;

    @Option(names = "--budget", converter = LoadMain.DurationConverter.class, paramLabel = "DURATION",
            description = "How long the families may take together, first passes included, e.g. 90s, 5m: what the"
                    + " first passes leave is shared among the families in proportion to the forks their rows need;"
                    + " first passes that take longer leave no time for more forks. Default: the profile's (quick 270s,"
                    + " full 3 hours).")
    Duration budget;

    @Option(names = "--placement", defaultValue = "same", converter = PlacementConverter.class, paramLabel = "same|split|os",
            description = {"Where client and daemon run (recorded in env.json):",
                "same (default): both pinned to CPU 0 -- no cross-CPU wake-up, the most repeatable figures on a small VM;",
                "split: client on CPU 0, daemon on CPU 1 -- includes the cost of waking another CPU, large and noisy on a VM;",
                "os: no pinning, the scheduler decides (results can be bimodal).",
                "concurrency runs split when this is same (N clients pinned with the daemon to one CPU cannot scale);"
                        + " the table header and env.json say so."})
    Placement placement;

    @Mixin
    DaemonSettings daemons = new DaemonSettings();

    @Parameters(paramLabel = "JMH_ARGS", description = "JMH arguments (after --).")
    List<String> jmhArgs = new ArrayList<>();

    public static void main(String[] args) {
        TerminalCharset.installOnSystemStreams();
        int status = commandLine().execute(args);
        Children.finished();
        System.exit(status);
    }

    /** The configured command line, also used by the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // Unknown options and what follows them are JMH's, as after --.
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setStopAtPositional(true);
        // load, floor and target take their own options anywhere among the ones they pass on, as before.
        for (String command : new String[] {"load", "floor", "target"}) {
            cl.getSubcommands().get(command).setStopAtPositional(false);
        }
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + e.getMessage()
                    + " (see --help)");
            return BAD_USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return BAD_USAGE;
            }
            throw e;
        });
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        PrecisionGoal defaults = profile.precisionGoal();
        PrecisionGoal goal = new PrecisionGoal(precision == null ? defaults.target() : precision,
                budget == null ? defaults.budget() : budget);
        List<Family> families = only == null ? profile.families() : Family.parseList(only);
        return new BenchmarkRun(Home.fromEnvironment(), profile, families, placement, jmhArgs,
                daemons, goal).run();
    }

    /** An enum constant by its label, any case; the message lists the labels. */
    static <E extends Enum<E>> E byLabel(Class<E> type, String value, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException("unknown " + what + " '" + value + "' (valid: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()) + ")");
    }

    static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return byLabel(Profile.class, value, "profile");
        }
    }

    static final class PlacementConverter implements CommandLine.ITypeConverter<Placement> {
        @Override
        public Placement convert(String value) {
            return byLabel(Placement.class, value, "placement");
        }
    }
}
