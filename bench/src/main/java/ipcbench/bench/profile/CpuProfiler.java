package ipcbench.bench.profile;

import ipcbench.transport.daemon.ShortCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU per operation, for both sides: the benchmark JVM's ({@code /proc/self}) and the trial's
 * daemon processes' ({@link ProfiledDaemon}) user and system time in µs per operation, and the
 * daemon's voluntary (it blocked) and involuntary (it was preempted) context switches per
 * operation, over each iteration.
 *
 * <p>{@code /proc/<pid>/stat} counts in clock ticks ({@code getconf CLK_TCK}, 100 Hz: 10 ms), so
 * the figures are only meaningful for iterations of 0.5 s or more; the kernel's split between user
 * and system time is sampled at the tick. The same source is used for both processes so they
 * compare fairly ({@code OperatingSystemMXBean}'s process CPU time has the same tick resolution
 * on Linux and no user/system split). The client figure covers the whole benchmark JVM: the
 * client threads, JMH's own and JIT/GC. No daemon figures when the daemon runs in-process, or in
 * an iteration during which the daemon started (its start-up would be counted). The last
 * iteration of a trial ends after JMH's teardown: {@link ProfiledDaemon} keeps the daemon running
 * until this profiler has read it.
 *
 * <p>Reading {@code /proc} allocates (about 1 MB per iteration); list this profiler before
 * {@code -prof gc}, whose count then excludes it (JMH ends an iteration's profilers in reverse order).
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar RoundTrip -prof ipcbench.bench.profile.CpuProfiler
 * </pre>
 */
public final class CpuProfiler implements InternalProfiler {
    private static final String UNIT = "us/op";
    private static final double MICROS_PER_TICK = 1e6 / clockTicksPerSecond();

    private ProcSample client;
    private ProcSample daemon;
    private List<Long> daemonPids;

    @Override
    public String getDescription() {
        return "CPU time (user, system) of the benchmark JVM and the daemon, and the daemon's context switches, per op";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        ProfiledDaemon.watch();
        daemonPids = ProfiledDaemon.pids();
        daemon = daemonPids.isEmpty() ? null : readOrNull(daemonPids);
        client = readOrNull("self", false);
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                        IterationResult result) {
        try {
            return figures(result.getMetadata().getAllOps());
        } finally {
            try {
                ProfiledDaemon.iterationEnded();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Result> figures(long ops) {
        ProcSample clientNow = readOrNull("self", false);
        ProcSample daemonNow = daemon == null || !ProfiledDaemon.pids().equals(daemonPids)
                ? null : readOrNull(daemonPids);
        List<Result> results = new ArrayList<>();
        if (ops == 0 || client == null || clientNow == null) {
            return results;
        }
        results.add(micros("cpu.client.user", clientNow.userTicks() - client.userTicks(), ops));
        results.add(micros("cpu.client.sys", clientNow.sysTicks() - client.sysTicks(), ops));
        if (daemonNow != null) {
            results.add(micros("cpu.daemon.user", daemonNow.userTicks() - daemon.userTicks(), ops));
            results.add(micros("cpu.daemon.sys", daemonNow.sysTicks() - daemon.sysTicks(), ops));
            long[] switches = daemonNow.switchesSince(daemon);
            results.add(new ScalarResult("ctxsw.daemon.voluntary", (double) switches[0] / ops, "#/op",
                    AggregationPolicy.AVG));
            results.add(new ScalarResult("ctxsw.daemon.involuntary", (double) switches[1] / ops, "#/op",
                    AggregationPolicy.AVG));
        }
        return results;
    }

    private static ScalarResult micros(String label, long ticks, long ops) {
        return new ScalarResult(label, ticks * MICROS_PER_TICK / ops, UNIT, AggregationPolicy.AVG);
    }

    /** A reading, or null when the process is gone (the daemon failed: the benchmark reports why). */
    private static ProcSample readOrNull(String pid, boolean withSwitches) {
        try {
            return ProcSample.read(pid, withSwitches);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The daemon's processes summed, or null when one is gone. */
    private static ProcSample readOrNull(List<Long> pids) {
        ProcSample sum = null;
        for (long pid : pids) {
            ProcSample one = readOrNull(Long.toString(pid), true);
            if (one == null) {
                return null;
            }
            sum = sum == null ? one : sum.plus(one);
        }
        return sum;
    }

    /** USER_HZ, the unit of /proc's CPU times: 100 on every common Linux, asked of getconf to be sure. */
    private static long clockTicksPerSecond() {
        try {
            return Long.parseLong(ShortCommand.of(Duration.ofSeconds(10), "getconf", "CLK_TCK").run().successfulOutput()
                    .trim());
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
