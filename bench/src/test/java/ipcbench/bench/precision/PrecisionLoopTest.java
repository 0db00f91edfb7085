package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;

/**
 * The rerun loop with a fake runner: a fork takes 10 s on a fake clock and returns made-up
 * scores, so the rounds, their order and the budget are exact.
 */
class PrecisionLoopTest {
    private static final long FORK_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final PrecisionGoal FIVE_PERCENT = new PrecisionGoal(0.05, Duration.ofMinutes(5));

    private long now;
    private final List<String> forksRun = new ArrayList<>();

    @Test
    void scatteredRowsGetAForkEachPerRoundInTurnUntilTheBudgetAndATightRowNone() throws Exception {
        List<PrecisionLoop.Row> rows = List.of(
                scattered("a"),
                fakeRow("tight", FabricatedRows.row(Map.of("payload", "tight"), new double[] {10, 10.01, 9.99},
                        new double[] {10.02, 9.98, 10})),
                scattered("b"));
        // Forks end at 10, 20, ... 60 s; the seventh would end at 70 s, after the deadline.
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, TimeUnit.SECONDS.toNanos(65)).run(rows);

        assertEquals(List.of("a", "b", "a", "b", "a", "b"), forksRun);
        assertTrue(outcome.outOfTime());
        assertEquals(6, outcome.addedForks());
        assertEquals(List.of(5, 2, 5), outcome.rows().stream().map(RowPrecision::forks).toList());
        assertEquals(List.of(3, 0, 3), outcome.rows().stream().map(RowPrecision::addedForks).toList());
        assertEquals(List.of(false, true, false), outcome.rows().stream().map(RowPrecision::met).toList());
        RowPrecision a = outcome.rows().get(0);
        assertEquals("forks", a.samples());
        assertEquals(5, a.n());
        assertEquals(Diagnosis.BIMODAL, a.finding().diagnosis(), a.finding().detail());
        RunResult merged = outcome.results().get(0);
        assertEquals(5, merged.getParams().getForks(), "jmh.json's fork count");
        assertEquals("a", merged.getParams().getParam("payload"));
        assertEquals(List.of("a", "tight", "b"), outcome.results().stream().map(r -> r.getParams().getParam("payload")).toList());
    }

    @Test
    void aRowThatMeetsTheTargetStopsGettingForksWhileTheOthersGoOn() throws Exception {
        // Iterations 10 to 12 miss 5 %; with a fourth fork of the same mean the fork means agree exactly.
        RunResult converging = FabricatedRows.row(Map.of("payload", "c"), new double[] {10, 12}, new double[] {12, 10},
                new double[] {11, 11});
        List<PrecisionLoop.Row> rows = List.of(scattered("a"),
                fakeRow("c", converging, new double[] {11, 11}), scattered("b"));
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, TimeUnit.SECONDS.toNanos(75)).run(rows);

        assertEquals(List.of("a", "c", "b", "a", "b", "a", "b"), forksRun);
        assertTrue(outcome.rows().get(1).met());
        assertEquals(0, outcome.rows().get(1).halfWidth());
    }

    @Test
    void rowsThatAllMeetTheTargetGetNoForks() throws Exception {
        RunResult tight = FabricatedRows.row(Map.of("payload", "t"), new double[] {10, 10.1}, new double[] {10.05, 10});
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, Long.MAX_VALUE)
                .run(List.of(fakeRow("t", tight)));
        assertEquals(List.of(), forksRun);
        assertFalse(outcome.outOfTime());
        assertSame(tight, outcome.results().get(0));
    }

    @Test
    void noForkStartsThatWouldEndAfterTheDeadlineJudgedByItsIterationsBeforeAnyRan() throws Exception {
        // Two 1 s iterations per fork: with 1.5 s left none starts.
        now = TimeUnit.SECONDS.toNanos(100);
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, now + TimeUnit.MILLISECONDS.toNanos(1500))
                .run(List.of(scattered("a")));
        assertEquals(List.of(), forksRun);
        assertTrue(outcome.outOfTime());
        assertEquals(Diagnosis.SCATTER, outcome.rows().get(0).finding().diagnosis());
    }

    /** Fork means far apart, alternating high and low: the row never meets 5 %. */
    private PrecisionLoop.Row scattered(String name) {
        RunResult first = FabricatedRows.row(Map.of("payload", name), new double[] {50, 52}, new double[] {150, 148});
        return new PrecisionLoop.Row(first, () -> {
            int fork = (int) forksRun.stream().filter(name::equals).count();
            forksRun.add(name);
            now += FORK_NANOS;
            double mean = fork % 2 == 0 ? 51 : 149;
            return FabricatedRows.row(Map.of("payload", name), new double[] {mean - 1, mean + 1});
        });
    }

    /** A row whose every added fork has {@code scores}. */
    private PrecisionLoop.Row fakeRow(String name, RunResult first, double... scores) {
        return new PrecisionLoop.Row(first, () -> {
            forksRun.add(name);
            now += FORK_NANOS;
            return FabricatedRows.row(Map.of("payload", name), scores);
        });
    }
}
