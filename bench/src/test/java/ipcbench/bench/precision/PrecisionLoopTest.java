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
    void rowsNeedingFewestForksAreFundedFirstAndRowsOutOfReachOrWithinTheTargetGetNone() throws Exception {
        List<PrecisionLoop.Row> rows = List.of(
                fakeRow("three", row("three", new double[] {10, 11}, new double[] {11, 10}), 10.5, 10.5),
                fakeRow("tight", row("tight", new double[] {10, 10.01}, new double[] {10.02, 10}), 10, 10),
                fakeRow("one", row("one", new double[] {10, 10.6, 10.3}), 10.3, 10.3, 10.3),
                fakeRow("far", row("far", new double[] {50, 52}, new double[] {150, 148}), 100, 100));
        assertEquals(List.of(3, 0, 1, ForksNeeded.OUT_OF_REACH), rows.stream()
                .map(r -> ForksNeeded.of(RowSamples.of(r.measured()), 0.05)).toList(), "the rows as designed");

        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, Long.MAX_VALUE).run(rows);

        assertEquals(List.of("one", "three"), forksRun, "one fork each, fewest needed first; both then within 5 %");
        assertFalse(outcome.outOfTime());
        assertEquals(List.of(true, true, true, false), outcome.rows().stream().map(RowPrecision::met).toList());
        assertEquals(List.of(1, 0, 1, 0), outcome.rows().stream().map(RowPrecision::addedForks).toList());
        assertEquals(ForksNeeded.OUT_OF_REACH, outcome.rows().get(3).moreForks());
        assertEquals(List.of("three", "tight", "one", "far"),
                outcome.results().stream().map(r -> r.getParams().getParam("payload")).toList(), "the order given");
        RunResult merged = outcome.results().get(0);
        assertEquals(3, merged.getParams().getForks(), "jmh.json's fork count");
        assertEquals(3, merged.getBenchmarkResults().size());
    }

    @Test
    void aRowWhoseForksDoNotFitTheTimeLeftIsLeftOutAndTheCheaperOneFunded() throws Exception {
        // "one" needs a fork of 3 s of iterations + 3 s overhead; "three" three of 2 + 3 s: 21 s with both, 15 s left.
        List<PrecisionLoop.Row> rows = List.of(
                fakeRow("three", row("three", new double[] {10, 11}, new double[] {11, 10}), 10.5, 10.5),
                fakeRow("one", row("one", new double[] {10, 10.6, 10.3}), 10.3, 10.3, 10.3));
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, TimeUnit.SECONDS.toNanos(15)).run(rows);

        assertEquals(List.of("one"), forksRun);
        assertTrue(outcome.outOfTime(), "a row more time would have brought in was left out");
        assertEquals(List.of(false, true), outcome.rows().stream().map(RowPrecision::met).toList());
        assertEquals(3, outcome.rows().get(0).moreForks());
    }

    @Test
    void fundedRowsGetOneForkEachPerRoundInTurnUntilTheDeadline() throws Exception {
        // Each added fork's mean alternates 11.2, 9.6: after two rounds the fork means scatter too much to fund again.
        List<PrecisionLoop.Row> rows = List.of(alternating("a"), alternating("b"));
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, TimeUnit.SECONDS.toNanos(65)).run(rows);

        assertEquals(List.of("a", "b", "a", "b"), forksRun);
        assertTrue(outcome.outOfTime());
        assertEquals(4, outcome.addedForks());
        RowPrecision a = outcome.rows().get(0);
        assertEquals("forks", a.samples());
        assertEquals(4, a.n());
        assertFalse(a.met());
    }

    @Test
    void aFamilysShareIsWhatOneFundingOfItsRowsAndTheLaterFamiliesAffordsItsRows() {
        RunResult three = row("three", new double[] {10, 11}, new double[] {11, 10}); // 3 forks of (2 + 3) s
        RunResult one = row("one", new double[] {10, 10.6, 10.3});                     // 1 fork of (3 + 3) s
        RunResult far = row("far", new double[] {50, 52}, new double[] {150, 148});     // out of reach
        long second = TimeUnit.SECONDS.toNanos(1);
        assertEquals(100 * second, PrecisionLoop.shareNanos(List.of(three, one), List.of(), FIVE_PERCENT, 100 * second),
                "the last family: all that is left");
        assertEquals(6 * second + (long) (79 * second * (6.0 / 21)),
                PrecisionLoop.shareNanos(List.of(one), List.of(three), FIVE_PERCENT, 100 * second),
                "its 6 s and of the 79 s left over 6/21");
        assertEquals(20 * second, PrecisionLoop.shareNanos(List.of(one), List.of(three, three), FIVE_PERCENT, 20 * second),
                "its one fork although the later rows need more: theirs do not fit, the rest is its");
        assertEquals(0, PrecisionLoop.shareNanos(List.of(far), List.of(three), FIVE_PERCENT, 100 * second),
                "nothing it could use");
        assertEquals(100 * second, PrecisionLoop.shareNanos(List.of(far), List.of(far), FIVE_PERCENT, 100 * second),
                "nobody funded: no one else to leave it to");
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
    void noForkStartsThatWouldEndAfterTheDeadlineJudgedByItsIterationsAndTheOverheadBeforeAnyRan() throws Exception {
        // Two 1 s iterations per fork and 3 s beyond them: with 4.5 s left none starts.
        now = TimeUnit.SECONDS.toNanos(100);
        PrecisionLoop.Outcome outcome = new PrecisionLoop(FIVE_PERCENT, () -> now, now + TimeUnit.MILLISECONDS.toNanos(4500))
                .run(List.of(alternating("a")));
        assertEquals(List.of(), forksRun);
        assertTrue(outcome.outOfTime());
        assertEquals(Diagnosis.SCATTER, outcome.rows().get(0).finding().diagnosis());
    }

    private static RunResult row(String name, double[]... forks) {
        return FabricatedRows.row(Map.of("payload", name), forks);
    }

    /** Iterations 10 and 10.8 in two forks (one more fork needed); each added fork's mean alternates 11.2, 9.6. */
    private PrecisionLoop.Row alternating(String name) {
        RunResult first = row(name, new double[] {10, 10.8}, new double[] {10.8, 10});
        return new PrecisionLoop.Row(first, () -> {
            int fork = (int) forksRun.stream().filter(name::equals).count();
            forksRun.add(name);
            now += FORK_NANOS;
            double mean = fork % 2 == 0 ? 11.2 : 9.6;
            return row(name, new double[] {mean, mean});
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
