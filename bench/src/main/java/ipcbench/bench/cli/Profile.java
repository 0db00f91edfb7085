package ipcbench.bench.cli;

import ipcbench.bench.precision.PrecisionGoal;
import ipcbench.bench.profile.CpuProfiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much to measure: the families run by default, the JMH options of each, and the precision
 * the rows are measured to within a time budget. {@code quick} (the default) runs every family at
 * a small size with 1-2 forks and short iterations, on one transport per mechanism
 * ({@link #QUICK_TRANSPORTS}); {@code full} the whole matrix; {@code ci} the rows a regression
 * gate compares, as many short forks as a pull request's job affords.
 */
public enum Profile {
    QUICK, FULL, CI;

    /**
     * What a profile runs for one family.
     *
     * @param jmhOptions            JMH options (no benchmark pattern: {@link Family#benchmark()} is it)
     * @param clients               Concurrency's client counts, one JMH pass each (JMH's {@code -t} is
     *                              not a parameter); empty for the other families
     * @param longWarmupIterations  warm-up iterations for transports that need a long warm-up, or null
     * @param longWarmupForks       their forks, or null: as the others
     * @param transports            the transports a run of the families measures (a comma list, as JMH's
     *                              {@code -p transport}, which replaces it), or null: every one
     * @param tailsAtSmallestPayload whether each pass is followed by one in sample mode at its smallest
     *                              payload only (RunFamily's {@code --tails-at-smallest-payload})
     */
    public record Plan(List<String> jmhOptions, List<Integer> clients, Integer longWarmupIterations,
                       Integer longWarmupForks, String transports, boolean tailsAtSmallestPayload) {
        /** This plan on {@code list} only. */
        Plan on(String list) {
            return new Plan(jmhOptions, clients, longWarmupIterations, longWarmupForks, list, tailsAtSmallestPayload);
        }

        /**
         * RunFamily's {@code --tails-at-smallest-payload} when this plan has it and the user's JMH
         * options leave the modes to it (their {@code -bm} puts every mode at every payload).
         */
        List<String> tailsFlag(JmhArgs user) {
            return tailsAtSmallestPayload && !user.has("-bm") ? List.of("--tails-at-smallest-payload") : List.of();
        }

        /** This plan with its percentiles measured at the smallest payload only, in passes of their own. */
        Plan withTailsAtSmallestPayload() {
            return new Plan(jmhOptions, clients, longWarmupIterations, longWarmupForks, transports, true);
        }

        /** The JMH options a family's run starts from: {@link #jmhOptions}, and its transports when it has a list. */
        List<String> familyOptions() {
            List<String> options = new ArrayList<>(jmhOptions);
            if (transports != null) {
                options.addAll(List.of("-p", "transport=" + transports));
            }
            return List.copyOf(options);
        }
    }

    /**
     * Every family runs with the CPU profiler; given before {@code -prof gc}: JMH ends iterations
     * in reverse profiler order, so the profiler's /proc reads stay outside the allocation count.
     */
    private static final List<String> CPU_PROFILER = List.of("-prof", CpuProfiler.class.getName());

    /**
     * Quick's transports: the JDK's own for TCP loopback, a Unix domain socket and a pipe, and
     * shared memory -- the question the project exists for, answered within 5 minutes on 2 cores
     * (all 13 took 13 minutes). The libraries' variants (Netty, junixsocket, io_uring, FIFOs,
     * SEQPACKET) are full's, or anyone's with {@code -- -p transport=...}, which replaces this list.
     */
    static final String QUICK_TRANSPORTS = "tcp-nio,uds-jdk,pipe-stdio,shm-spin";

    /**
     * The long warm-up: Netty's pipeline needs about 4 s here before its round trip settles
     * (250 -> 16 us, both JVMs' compilers on one CPU); the JDK transports settle within the first
     * half-second iteration. Quick gives 8 warm-up iterations and, for round trips, one fork
     * instead of two: about the same time.
     */
    public Plan plan(Family family) {
        return switch (this) {
            // compare tests run means when each side has 4 runs or more: on a shared VM a whole run moves by
            // more than its forks differ (gate study of 2026-12-08, docs/ci.md: uds-jdk 64 B's run means
            // scattered by 12 %, its two forks within a run by 4.6 %, one fork's value alone by 12.7 %), so
            // the runs are the samples and a run needs one fork: more runs in the same time make a sharper
            // test (8 against 8 runs need a third less change to be significant than 4 against 4 of two
            // forks). No CPU or allocation profiler: the gate reads the primary score only. Sample mode's
            // tails are left out: compare tests them by fork, weak evidence at a few forks a side and the
            // likeliest false alarms (docs/compare.md), and they would double the round trips' time.
            // Measured here (2 CPUs): a fork costs about 4.3 s with its 3 s of iterations (its JVM, the
            // daemon's JVM and handshake, stopping it), a run about 15 s besides (the RunFamily JVMs, the
            // table, the report): round trips 8 rows and Concurrency 2 (pipes and shared memory take one
            // client) made 57-66 s a run, 16 minutes for bench.yml's 8 rounds of base and head.
            case CI -> (switch (family) {
                case ROUNDTRIP -> lean("-p payload=64,16384 -f 1 -wi 5 -w 300ms -i 5 -r 300ms -bm avgt",
                        List.of(), CI_LONG_WARMUP);
                // 16 clients as quick's middle count; their iterations scatter by 20 % (the scheduler's slices,
                // docs/precision.md), so longer ones than the round trips'.
                case CONCURRENCY -> lean("-f 1 -wi 3 -w 500ms -i 5 -r 500ms", List.of(16), CI_LONG_WARMUP);
                // Not in ci's families; run as quick runs them when asked for with --only.
                case CONNECT, STREAM -> QUICK.plan(family);
            }).on(QUICK_TRANSPORTS);
            // Measured here (docs/precision.md): with 1 s of warm-up the first measured round trips were
            // still falling (tcp-nio 19.2 -> 16.8 us within a fork) and Connect still climbing (3.5k ->
            // 6.4k/s); one longer fork per row leaves the budget to give a second one to the rows that need it.
            // With one fork a row's samples are its iterations, and few of them cost more in Student's t than
            // short ones cost in scatter: 8 of 250 ms (t 2.36) where 4 of 500 ms had t 3.18, in the same time.
            // Round trips' percentiles (sample mode, a fork of its own per row) at 64 B only, where the
            // transport is most of the time: at 16 KiB too they took 4 of quick's 34 forks, 30 s its
            // precision target can use better. Full measures them at every payload.
            case QUICK -> (switch (family) {
                case ROUNDTRIP -> plan("-p payload=64,16384 -f 1 -wi 4 -w 500ms -i 10 -r 300ms -bm avgt", true,
                        List.of(), 8, 1).withTailsAtSmallestPayload();
                case CONCURRENCY -> plan("-f 1 -wi 3 -w 500ms -i 8 -r 250ms", false, List.of(1, 16, 64), 8, null);
                case CONNECT -> plan("-f 1 -wi 4 -w 500ms -i 8 -r 250ms", false, List.of(), 8, null);
                case STREAM -> plan("-p chunk=65536,1048576 -f 1 -wi 1 -w 500ms -i 8 -r 250ms", false, List.of(), 8,
                        null);
            }).on(QUICK_TRANSPORTS);
            case FULL -> switch (family) {
                case ROUNDTRIP -> plan("-p payload=64,1024,16384,65536 -f 3 -wi 8 -w 1s -i 10 -r 1s -bm avgt,sample",
                        true, List.of(), null, null);
                case CONCURRENCY -> plan("-f 2 -wi 3 -w 1s -i 5 -r 1s", false, List.of(1, 2, 4, 8, 16, 64), 6, null);
                case CONNECT -> plan("-f 3 -wi 3 -w 1s -i 5 -r 1s", false, List.of(), 6, null);
                case STREAM -> plan("-p chunk=65536,1048576 -f 3 -wi 6 -w 1s -i 5 -r 1s", false, List.of(), null, null);
            };
        };
    }

    /**
     * The default of {@code --precision} and {@code --budget}. Quick: ±5 % within 4.5 minutes, so
     * that with its table and report it ends within 5 on 2 cores; full: ±2 % within 3 hours; ci:
     * off, as the loop would add forks to whichever rows scattered on one side only, and the two
     * sides of a comparison must have the same forks. Main's help for the two options quotes these.
     */
    public PrecisionGoal precisionGoal() {
        return switch (this) {
            case QUICK -> new PrecisionGoal(0.05, Duration.ofSeconds(270));
            case FULL -> new PrecisionGoal(0.02, Duration.ofHours(3));
            case CI -> PrecisionGoal.OFF;
        };
    }

    /**
     * CI's warm-up for transports that need a long one (Netty, when named with {@code -p transport}):
     * about the 4 s they need, in ci's 300 ms iterations; the same forks as the others, which compare
     * needs on both sides.
     */
    private static final int CI_LONG_WARMUP = 14;

    /** The families a run of this profile measures when {@code --only} does not say. */
    public List<Family> families() {
        return this == CI ? List.of(Family.ROUNDTRIP, Family.CONCURRENCY) : List.of(Family.values());
    }

    /** A plan without profilers: the options as given. */
    private static Plan lean(String options, List<Integer> clients, Integer longWarmupIterations) {
        return new Plan(List.of(options.split(" ")), clients, longWarmupIterations, null, null, false);
    }

    private static Plan plan(String options, boolean allocation, List<Integer> clients, Integer longWarmupIterations,
                             Integer longWarmupForks) {
        List<String> jmh = new ArrayList<>(List.of(options.split(" ")));
        jmh.addAll(CPU_PROFILER);
        if (allocation) {
            jmh.addAll(List.of("-prof", "gc"));
        }
        return new Plan(List.copyOf(jmh), clients, longWarmupIterations, longWarmupForks, null, false);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
