package ipcbench.bench.cli;

import ipcbench.bench.load.LoadMain;
import ipcbench.bench.run.RunDirectory;
import ipcbench.transport.daemon.JvmFlags;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load}: the open-loop generator ({@link LoadMain}) in a pinned JVM with the benchmark
 * JVMs' flags. Its options are LoadMain's, checked here first; {@code --placement} pins.
 */
@Command(name = "load", description = "Latency under a fixed request rate (docs/load.md); load --help lists the options.")
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--placement", defaultValue = "split", converter = Main.PlacementConverter.class,
            paramLabel = "same|split|os",
            description = "Default split: an open-loop generator must keep sending while the daemon works, which on one"
                    + " shared CPU it cannot.")
    Placement placement;

    @Option(names = {"-h", "--help"}, description = "The load generator's options.")
    boolean help;

    @Mixin
    DaemonSettings daemons = new DaemonSettings();

    @Parameters(paramLabel = "LOAD_ARGS", hidden = true)
    List<String> loadArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (help) {
            CommandLine usage = new CommandLine(new LoadMain());
            usage.setCommandName("run-bench.sh load");
            usage.usage(System.out);
            System.out.println();
            System.out.println("  --placement same|split|os  where generator and daemon run (default: split; see run-bench.sh --help).");
            return 0;
        }
        LoadMain check = new LoadMain();
        FloorCommand.checkArgs(check, loadArgs);
        try {
            check.validate();
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        daemons.environment(); // checked before the run directory is made
        Home home = Home.fromEnvironment();
        RunDirectory run = home.newRun();
        Files.createDirectories(run.loadDir());
        List<String> command = Home.javaCommand(placement.clientCpus(), JvmFlags.BENCHMARK, LoadMain.class);
        command.addAll(List.of("--placement", placement.label(), "--out", run.loadDir().toString()));
        command.addAll(loadArgs);
        int status = Children.runLogged(command, BenchmarkRun.environment(placement, daemons, run), run.loadLog());
        new EnvInfo("load", placement.label(), "load " + String.join(" ", loadArgs), JvmFlags.BENCHMARK,
                home.gitCommit()).write(run);
        return status;
    }
}
