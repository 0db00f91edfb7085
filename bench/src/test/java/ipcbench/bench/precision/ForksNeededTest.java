package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Predictions worked out by hand (Student's t at 95 %), as the loop and the summary rely on them. */
class ForksNeededTest {
    private static int need(double target, double[]... forks) {
        return ForksNeeded.of(new RowSamples(forks), target);
    }

    @Test
    void aRowWithinTheTargetNeedsNone() {
        assertEquals(0, need(0.05, new double[] {10, 10.4}, new double[] {10.4, 10}));
    }

    @Test
    void aRowWithoutAnIntervalNeedsOneForkToGetOne() {
        assertEquals(1, need(0.05, new double[] {10}));
    }

    @Test
    void whileJudgedByIterationsAForkAddsAsManyAsItsForksHadScatteringAsTheyDid() {
        // 3 iterations: t(2) 4.30 x 0.3 / √3 / 10.3 = 7.2 %; with 6: t(5) 2.57 x 0.3 / √6 / 10.3 = 3.1 %.
        assertEquals(1, need(0.05, new double[] {10, 10.6, 10.3}));
    }

    @Test
    void fromFourForksOnTheForkMeansSpreadDecides() {
        // Fork means 12.1 .. 15.1 (s 1.29, mean 13.6): t(n-1) x 1.29 / √n within 5 % of 13.6 from n = 17, 13 more.
        assertEquals(13, need(0.05, new double[] {12, 12.2}, new double[] {13, 13.2}, new double[] {14, 14.2},
                new double[] {15, 15.2}));
    }

    @Test
    void aRowSixteenMoreForksWouldNotBringInIsOutOfReach() {
        assertEquals(ForksNeeded.OUT_OF_REACH, need(0.05, new double[] {50, 52}, new double[] {150, 148}));
        assertEquals(ForksNeeded.OUT_OF_REACH, need(0.001, new double[] {10, 10.6, 10.3}));
    }
}
