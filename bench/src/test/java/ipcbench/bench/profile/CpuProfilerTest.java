package ipcbench.bench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The profiler's figures are sane: all present and non-negative, and the daemon's CPU follows its work. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CpuProfilerTest {
    private static final List<String> LABELS = List.of("cpu.client.user", "cpu.client.sys", "cpu.daemon.user",
            "cpu.daemon.sys", "ctxsw.daemon.voluntary", "ctxsw.daemon.involuntary");

    @Test
    void figuresAreNonNegativeAndDaemonCpuGrowsWithTheBytesItMoves() throws RunnerException {
        // The first iteration starts the daemon (no daemon figures then): one warm-up iteration.
        List<RunResult> results = List.copyOf(new Runner(new OptionsBuilder().include("\\.RoundTrip\\.")
                .param("transport", "uds-jdk").param("payload", "64", "262144").forks(0)
                .warmupIterations(1).warmupTime(TimeValue.milliseconds(200)).measurementIterations(2)
                .measurementTime(TimeValue.milliseconds(500)).mode(Mode.AverageTime)
                .addProfiler(CpuProfiler.class).shouldFailOnError(true).build()).run());
        assertEquals(2, results.size());
        double[] daemonCpu = new double[2];
        for (int i = 0; i < 2; i++) {
            Map<String, Result> secondary = results.get(i).getSecondaryResults();
            for (String label : LABELS) {
                assertTrue(secondary.containsKey(label), label + " missing: " + secondary.keySet());
                assertTrue(secondary.get(label).getScore() >= 0, label + " = " + secondary.get(label).getScore());
            }
            // JMH stops the daemon before the profiler ends the last iteration: it still has figures.
            results.get(i).getBenchmarkResults().forEach(trial -> trial.getIterationResults().forEach(iteration ->
                    assertTrue(iteration.getSecondaryResults().containsKey("cpu.daemon.sys"),
                            "an iteration without daemon figures: " + iteration.getSecondaryResults().keySet())));
            daemonCpu[i] = secondary.get("cpu.daemon.user").getScore() + secondary.get("cpu.daemon.sys").getScore();
        }
        assertTrue(daemonCpu[0] > 0, "the daemon answered requests without CPU time: " + daemonCpu[0]);
        // A 256 KiB echo copies 4096 times the bytes of a 64 B one: far more daemon CPU per op.
        assertTrue(daemonCpu[1] > 2 * daemonCpu[0], daemonCpu[0] + " us/op at 64 B, " + daemonCpu[1] + " at 256 KiB");
    }
}
