package ipcbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.bench.load.LoadMain;
import ipcbench.transport.daemon.ProcInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;

/**
 * A daemon SIGKILLed in the middle of a run: the run fails within seconds (not at the end of its
 * 30 s iteration), and the daemon's private directory with its socket file is gone afterwards,
 * removed by the JVM that made it (the daemon could not).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class KilledDaemonTest {
    private static final String DAEMON_MAIN = "ipcbench.transport.daemon.DaemonMain";

    /** A daemon process: its pid and the private directory it was given. */
    private record Daemon(ProcessHandle process, Path directory) {
    }

    @Test
    void aDaemonKilledDuringAJmhRunLeavesNothingBehind() throws Exception {
        CompletableFuture<Daemon> killed = killTheNextDaemon();
        long start = System.nanoTime();
        assertThrows(RunnerException.class, () -> new Runner(new OptionsBuilder().include("\\.RoundTrip\\.")
                .param("transport", "uds-jdk").param("payload", "64").forks(1).warmupIterations(0)
                .measurementIterations(1).measurementTime(TimeValue.seconds(30)).mode(Mode.AverageTime)
                .shouldFailOnError(true).build()).run());
        assertFailedFastAndLeftNothing(killed.get(30, TimeUnit.SECONDS), start);
    }

    @Test
    void aDaemonKilledDuringLoadLeavesNothingBehind(@TempDir Path out) throws Exception {
        CompletableFuture<Daemon> killed = killTheNextDaemon();
        long start = System.nanoTime();
        int status = new CommandLine(new LoadMain()).execute("--transport", "uds-jdk", "--rate", "2000",
                "--warmup", "1s", "--duration", "30s", "--out", out.toString());
        assertEquals(3, status, "a failed run (the daemon died)");
        assertFailedFastAndLeftNothing(killed.get(30, TimeUnit.SECONDS), start);
    }

    private static void assertFailedFastAndLeftNothing(Daemon daemon, long startNanos) throws InterruptedException {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
        assertTrue(seconds < 25, "the run took " + seconds + " s after its daemon was killed");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Files.exists(daemon.directory) && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertTrue(Files.notExists(daemon.directory), daemon.directory + " is still there");
    }

    /**
     * Kills (SIGKILL) the first daemon process of ours (a descendant of this JVM: never another
     * checkout's test or benchmark on the same machine) that starts from now on, a second after it appears.
     */
    private static CompletableFuture<Daemon> killTheNextDaemon() {
        Set<Long> before = daemons().stream().map(d -> d.process.pid()).collect(Collectors.toSet());
        return CompletableFuture.supplyAsync(() -> {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end) {
                for (Daemon daemon : daemons()) {
                    if (!before.contains(daemon.process.pid()) && Files.exists(daemon.directory)) {
                        sleep(1000); // in the middle of the run
                        daemon.process.destroyForcibly();
                        return daemon;
                    }
                }
                sleep(20);
            }
            throw new IllegalStateException("no daemon started within 60 s");
        });
    }

    /** Daemons below this JVM only: on a shared machine another checkout's tests run daemons too. */
    private static List<Daemon> daemons() {
        // ProcInfo: ProcessHandle.Info has no arguments for a JVM with our (long) class path
        return ProcessHandle.current().descendants().map(p -> Map.entry(p, ProcInfo.commandLine(p.pid())))
                .filter(e -> e.getValue().contains(DAEMON_MAIN) && e.getValue().contains("--dir"))
                .map(e -> new Daemon(e.getKey(), Path.of(e.getValue().get(e.getValue().indexOf("--dir") + 1))))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
