package ipcbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

class MannWhitneyTestTest {

    @Test
    void countsTheOrdersOfTwoAgainstTwoByU() {
        // the six orders of two a and two b, by the pairs where a is the larger: aabb 0, abab 1, abba 2, baab 2, baba 3, bbaa 4
        assertArrayEquals(new long[] {1, 1, 2, 1, 1}, MannWhitneyTest.orderCountsByU(2, 2));
        assertEquals(252, Arrays.stream(MannWhitneyTest.orderCountsByU(5, 5)).sum());
    }

    @Test
    void fourForksCompletelyApartAreSignificantButThreeCannotBeTested() {
        double[] old = {10, 11, 12, 13};
        double[] neu = {14, 15, 16, 17};
        assertEquals(2.0 / 70, MannWhitneyTest.pValue(old, neu), 1e-12);
        assertEquals(2.0 / 70, MannWhitneyTest.pValue(neu, old), 1e-12);
        // one overlap: U = 1, two orders of 70 as extreme on each side
        assertEquals(4.0 / 70, MannWhitneyTest.pValue(new double[] {10, 11, 12, 14.5}, neu), 1e-12);
        assertFalse(MannWhitneyTest.testable(new double[] {1, 2, 3}, neu));
        assertThrows(IllegalArgumentException.class, () -> MannWhitneyTest.pValue(new double[] {1, 2, 3}, neu));
    }

    @Test
    void theSameSamplesOnBothSidesAreNoEvidence() {
        double[] a = {3, 1, 4, 1.5, 5, 9};
        assertEquals(1.0, MannWhitneyTest.pValue(a, a.clone()), 1e-12);
    }

    @Test
    void manyValuesOrTiesUseCommonsMathsNormalApproximation() {
        double[] a = IntStream.range(0, 40).mapToDouble(i -> i).toArray();
        double[] b = IntStream.range(0, 40).mapToDouble(i -> i + 7.5).toArray();
        assertEquals(new MannWhitneyUTest().mannWhitneyUTest(a, b), MannWhitneyTest.pValue(a, b), 0);
        double[] tied = {10, 11, 12, 14};
        double[] other = {14, 15, 16, 17};
        double p = MannWhitneyTest.pValue(tied, other);
        assertEquals(new MannWhitneyUTest().mannWhitneyUTest(tied, other), p, 0);
        assertTrue(p > 2.0 / 70, "a tie is weaker evidence than a complete separation: " + p);
    }
}
