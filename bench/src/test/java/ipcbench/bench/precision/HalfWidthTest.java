package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HalfWidthTest {

    @Test
    void isStudentsTHalfWidthOverTheMean() {
        // mean 10, s 1, n 3: t(0.975, 2) = 4.3027, so 4.3027 / sqrt(3) / 10
        assertEquals(0.24841, HalfWidth.relative(new double[] {9, 10, 11}), 1e-5);
        // n 10, mean 100, s 1: t(0.975, 9) = 2.2622
        double[] ten = {99, 101, 99, 101, 99, 101, 99, 101, 100 - Math.sqrt(0.5), 100 + Math.sqrt(0.5)};
        assertEquals(2.2622 / Math.sqrt(10) / 100, HalfWidth.relative(ten), 1e-6);
    }

    @Test
    void isRelativeToTheMeansSizeWhateverItsSign() {
        assertEquals(HalfWidth.relative(new double[] {9, 10, 11}), HalfWidth.relative(new double[] {-9, -10, -11}), 1e-12);
    }

    @Test
    void needsTwoSamplesAndIsZeroWithoutSpread() {
        assertEquals(Double.NaN, HalfWidth.relative(new double[] {5}));
        assertEquals(Double.NaN, HalfWidth.relative(new double[0]));
        assertEquals(0, HalfWidth.relative(new double[] {5, 5, 5}));
    }

    @Test
    void absoluteIsTheSameIntervalInTheSamplesUnit() {
        assertEquals(2.4841, HalfWidth.absolute(3, 1.0), 1e-4); // t(2) 4.3027 x 1 / sqrt(3)
        assertEquals(HalfWidth.relative(new double[] {9, 10, 11}) * 10, HalfWidth.absolute(3, 1.0), 1e-12);
        assertEquals(Double.NaN, HalfWidth.absolute(1, 1.0));
    }
}
