package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipcbench.bench.precision.FabricatedRows;
import ipcbench.transport.daemon.ChildJvm;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import picocli.CommandLine;

/** The options of a row's added fork: exactly that row, with its pass's settings, one fork. */
class OneMoreForkTest {
    private static final Map<String, String> ROW = Map.of("transport", "uds-netty-epoll", "clients", "4",
            "server", "default", "client", "caller", "payload", "64");

    private final RunFamily family = new RunFamily();
    private final CommandLineOptions jmh;

    OneMoreForkTest() throws Exception {
        new CommandLine(family).parseArgs("--benchmark", "Concurrency", "--clients", "1,4", "--json", "jmh.json",
                "--not-applicable", "na.txt", "--long-warmup-iterations", "8", "--long-warmup-forks", "1",
                "--own-cpus-daemon", "1", "--", "-f", "2", "-wi", "1", "-bm", "thrpt,avgt",
                "-p", "transport=uds-jdk,uds-netty-epoll", "-p", "payload=64,16384", "-jvmArgsAppend", "-Dx=1");
        jmh = new CommandLineOptions(family.jmhArgs.toArray(new String[0]));
    }

    @Test
    void isTheRowsBenchmarkModeAndEveryParameterInOneFork() {
        Options options = family.oneMoreFork(jmh, new Pass(List.of("uds-jdk"), false, false), row());
        assertEquals(List.of("^" + Pattern.quote(FabricatedRows.BENCHMARK) + "$"), options.getIncludes());
        assertEquals(List.of(Mode.AverageTime), List.copyOf(options.getBenchModes()));
        ROW.forEach((name, value) -> assertEquals(List.of(value), List.copyOf(options.getParameter(name).get()), name));
        assertEquals(4, options.getThreads().get());
        assertEquals(1, options.getForkCount().get());
        assertEquals(1, options.getWarmupIterations().get(), "the profile's warm-up");
        assertEquals(List.of("-Dx=1"), List.copyOf(options.getJvmArgsAppend().get()));
    }

    @Test
    void hasTheLongWarmUpAndOwnCpusOfItsPass() {
        Options options = family.oneMoreFork(jmh, new Pass(List.of("uds-netty-epoll"), true, true), row());
        assertEquals(8, options.getWarmupIterations().get());
        assertEquals(1, options.getForkCount().get(), "one fork, not the pass's count");
        assertEquals(List.of("-Dx=1", "-D" + ChildJvm.CPUS_PROPERTY + "=1"), List.copyOf(options.getJvmArgsAppend().get()));
    }

    @Test
    void aRowMeasuredInThisJvmGetsItsMoreForksHereToo() {
        RunResult inProcess = new RunResult(FabricatedRows.params(ROW, 0, 2), row().getBenchmarkResults());
        assertEquals(0, family.oneMoreFork(jmh, new Pass(List.of("uds-jdk"), false, false), inProcess).getForkCount().get());
    }

    /** A row of Concurrency's with 4 clients: 4 threads. */
    private static RunResult row() {
        return new RunResult(FabricatedRows.params(ROW, 2, 2, 4),
                FabricatedRows.row(ROW, new double[] {10, 11}, new double[] {12, 13}).getBenchmarkResults());
    }
}
