package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;

class PrecisionSummaryTest {
    private static final PrecisionGoal GOAL = new PrecisionGoal(0.05, Duration.ofSeconds(270));

    @Test
    void countsTheRowsThatMetTheTargetAndNamesTheOthersByWhatDiffersWithTheirDiagnosis() {
        RunResult drifting = FabricatedRows.row(Map.of("payload", "64", "transport", "tcp-nio"),
                new double[] {12, 12.2}, new double[] {13, 13.2}, new double[] {14, 14.2}, new double[] {15, 15.2});
        RunResult tight = FabricatedRows.row(Map.of("payload", "64", "transport", "uds-jdk"), new double[] {10, 10});
        PrecisionLoop.Outcome outcome = new PrecisionLoop.Outcome(List.of(drifting, tight),
                List.of(RowPrecision.of(drifting, GOAL, 1), RowPrecision.of(tight, GOAL, 0)), 1, true);

        assertEquals(List.of("precision (RoundTrip): 1 of 2 rows within ±5% (95% interval of the mean); 1 fork(s) added"
                        + " in 12 s, the family's budget used up",
                "  unstable avgt transport=tcp-nio: ±15.1% over 4 forks, drift: fork means 12.1 -> 15.1 us/op over 4 forks;"
                        + " would need about 13 more fork(s)"),
                PrecisionSummary.lines("RoundTrip", GOAL, outcome, 12));
    }

    @Test
    void aRowAloneIsNamedByAllItsParameters() {
        RunResult scattered = FabricatedRows.row(Map.of("payload", "64", "transport", "uds-jdk"),
                new double[] {10, 13}, new double[] {12, 10});
        PrecisionLoop.Outcome outcome = new PrecisionLoop.Outcome(List.of(scattered),
                List.of(RowPrecision.of(scattered, GOAL, 0)), 0, false);
        assertEquals("  unstable avgt payload=64 transport=uds-jdk: ±21.2% over 4 iterations, scatter: iterations"
                + " 10 to 13 us/op; would need about 15 more fork(s)", PrecisionSummary.lines("RoundTrip", GOAL, outcome, 0).get(1));
    }

    @Test
    void aRowNoBudgetWouldBringInIsSaidToBeOutOfReach() {
        RunResult twoModes = FabricatedRows.row(Map.of("payload", "64"), new double[] {50, 52}, new double[] {150, 148});
        PrecisionLoop.Outcome outcome = new PrecisionLoop.Outcome(List.of(twoModes),
                List.of(RowPrecision.of(twoModes, GOAL, 0)), 0, false);
        assertEquals("  unstable avgt payload=64: ±90.1% over 4 iterations, scatter: iterations 50 to 150 us/op;"
                + " out of reach (more than 16 forks)", PrecisionSummary.lines("RoundTrip", GOAL, outcome, 0).get(1));
    }
}
