package ipcbench.bench.cli;

import ipcbench.bench.run.RunDirectory;
import ipcbench.transport.daemon.JvmFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code floor}: how much of the figure is harness ({@link FloorCheck} in a pinned JVM of its own), in a
 * run directory the report renders like any run's.
 */
@Command(name = "floor", sortOptions = false,
        description = {"Harness overhead: alternates, fork by fork, RoundTrip with Floor (a bare two-process ping-pong"
                + " on the same mechanism, no framing, no verification) and prints RoundTrip/Floor with a 95%% interval"
                + " for uds-jdk, tcp-nio and pipe-stdio. The run directory is a run's: jmh.json (the forks, a row per"
                + " transport), floor.json, env.json, floor.log, report.html and summary.md.",
            "With --native, each round also runs a C ping-pong (built with the machine's cc; without one it says so)"
                    + " and shared memory (shm-spin against C's spinning slots), and prints RoundTrip/C (the report"
                    + " draws C's round trips as floors at a glance); then Stream (64 KiB chunks) against C's stream"
                    + " on pipe-stdio and uds-jdk, Java/C in MB/s, unless --no-stream.",
            "Further options (--native, --no-stream, --warmup, --iterations, --time, --payload) go to the floor check:"})
public final class FloorCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "This text.")
    boolean help;

    @Option(names = "--placement", defaultValue = "same", converter = Main.PlacementConverter.class,
            paramLabel = "same|split|os", description = "Where client and daemon run (default: same).")
    Placement placement;

    @Option(names = "--rounds", defaultValue = "4", description = "Alternations per mechanism (default: 4).")
    int rounds;

    @Mixin
    DaemonSettings daemons = new DaemonSettings();

    @Parameters(paramLabel = "FLOOR_ARGS", hidden = true)
    List<String> floorArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1, got " + rounds);
        }
        List<String> args = new ArrayList<>(List.of("--rounds", Integer.toString(rounds)));
        args.addAll(floorArgs);
        checkArgs(new FloorCheck(), args);
        daemons.environment(); // checked before the run directory is made
        Home home = Home.fromEnvironment();
        RunDirectory run = home.newRun();
        System.err.println("run-bench.sh: floor check, placement " + placement + ", " + rounds + " rounds -> " + run);
        List<String> command = Home.javaCommand(placement.clientCpus(), List.of(), FloorCheck.class);
        command.addAll(args);
        command.addAll(List.of("--out", run.floorJson().toString(), "--jmh-json", run.jmhJson().toString()));
        int status = Children.runLogged(command, BenchmarkRun.environment(placement, daemons, run), run.floorLog());
        new EnvInfo("floor", placement.label(), "floor-check " + String.join(" ", args), JvmFlags.BENCHMARK,
                home.gitCommit()).write(run);
        if (status != 0) {
            System.err.println("run-bench.sh: the floor check failed (exit " + status + "); see " + run.floorLog());
            return status;
        }
        return BenchmarkRun.render(home, run, BenchmarkRun.Ratio.TRANSPORTS);
    }

    /** Bad arguments of a child's command line are bad usage here, before any directory or JVM. */
    static void checkArgs(Object command, List<String> args) {
        try {
            new CommandLine(command).parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
