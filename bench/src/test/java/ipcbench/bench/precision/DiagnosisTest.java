package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The diagnoses on fabricated samples: each finds its own pattern and not the others'. */
class DiagnosisTest {
    private static final String US = "us/op";

    @Test
    void forkMeansInTwoGroupsAreBimodalWithTheForksOfEach() {
        assertEquals("fork means in two groups: 10 (forks 1, 3, 5) and 14 (forks 2, 4, 6) us/op",
                Diagnosis.bimodal(new double[] {10.1, 14.0, 9.9, 14.1, 10.0, 13.9}, US));
    }

    @Test
    void oneOutlyingForkOrAnEvenSpreadIsNotBimodal() {
        assertNull(Diagnosis.bimodal(new double[] {10.0, 10.1, 9.9, 14.0}, US), "one fork is not a group");
        assertNull(Diagnosis.bimodal(new double[] {10, 11, 12, 13, 14, 15}, US));
        assertNull(Diagnosis.bimodal(new double[] {10, 13, 10.5, 12}, US), "gap 1.5 against ranges of 0.5 and 1");
        assertNull(Diagnosis.bimodal(new double[] {10, 14, 10}, US), "too few forks for two groups");
    }

    @Test
    void forkMeansMovingFromFirstToLastAreDrift() {
        assertEquals("fork means 12 -> 14 us/op over 5 forks",
                Diagnosis.drift(new double[] {12.0, 12.6, 12.9, 13.5, 14.0}, US));
    }

    @Test
    void forkMeansGoingUpAndDownOrTooFewAreNoDrift() {
        assertNull(Diagnosis.drift(new double[] {12, 14, 12.5, 13.8, 12.2, 13.9}, US));
        assertNull(Diagnosis.drift(new double[] {12, 14}, US), "two forks make any line");
        assertNull(Diagnosis.drift(new double[] {12, 12, 12}, US));
    }

    @Test
    void iterationsClimbingInEveryForkAreATrendWithinFork() {
        double[][] forks = {{10, 11, 12, 13}, {20, 21.2, 21.9, 23}, {15, 16.1, 17, 17.9}};
        assertEquals("iterations 15 -> 18 us/op within a fork of 4", Diagnosis.trendWithinForks(forks, US));
    }

    @Test
    void iterationsWithoutADirectionAreNoTrend() {
        assertNull(Diagnosis.trendWithinForks(new double[][] {{10, 12, 10, 12}, {11, 9, 11, 9}}, US));
        assertNull(Diagnosis.trendWithinForks(new double[][] {{10}, {12}}, US), "no fork with two iterations");
    }

    @Test
    void theFirstThatAppliesIsTheDiagnosisAndScatterIsTheRest() {
        // In two groups and later forks higher: bimodal comes first.
        assertEquals(Diagnosis.BIMODAL, diagnosis(new double[][] {{10}, {10.1}, {14}, {14.1}}));
        assertEquals(Diagnosis.DRIFT, diagnosis(new double[][] {{12, 12.1}, {13, 13.1}, {14, 14.1}}));
        assertEquals(Diagnosis.TREND_WITHIN_FORK, diagnosis(new double[][] {{10, 11, 12, 13}, {10.2, 11, 12.1, 13}}));
        Diagnosis.Finding scatter = Diagnosis.of(new RowSamples(new double[][] {{10, 13, 11}, {12, 10, 13}}), US);
        assertEquals(new Diagnosis.Finding(Diagnosis.SCATTER, "iterations 10 to 13 us/op"), scatter);
        assertEquals("fork means 11 to 13 us/op",
                Diagnosis.of(new RowSamples(new double[][] {{11, 11}, {13, 13}, {11.5, 12.5}, {12.5, 11.5}}), US).detail());
    }

    @Test
    void numbersHaveThreeSignificantDigitsAndNoExponent() {
        assertEquals("12.1", Diagnosis.number(12.0749));
        assertEquals("154000", Diagnosis.number(154321));
        assertEquals("0.00523", Diagnosis.number(0.0052299));
    }

    private static Diagnosis diagnosis(double[][] forks) {
        return Diagnosis.of(new RowSamples(forks), US).diagnosis();
    }
}
