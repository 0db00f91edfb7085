package ipcbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void linearTicksAreRoundNumbersFromZero() {
        Axis a = Axis.linear("us/op", DoubleStream.of(0.3, 7.4, Double.NaN), true);

        assertEquals(List.of("0", "2", "4", "6", "8"), labels(a));
        assertEquals(0, a.min());
        assertEquals(8, a.max());
        assertEquals(0.5, a.fraction(4));
    }

    @Test
    void linearLabelsCarryNoRoundingNoiseAndShortenLargeNumbers() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8"), labels(Axis.linear("y", DoubleStream.of(0.71), true)));
        assertEquals(List.of("0", "50k", "100k", "150k"), labels(Axis.linear("y", DoubleStream.of(120_000), true)));
        assertEquals(List.of("0", "20", "40", "60", "80"), labels(Axis.linear("clients", DoubleStream.of(1, 64), false)));
        assertEquals("1.5M", Axis.label(1_500_000));
        assertEquals("2G", Axis.label(2e9));
        assertEquals("9999", Axis.label(9999));
        assertEquals("0", Axis.label(-0.0));
    }

    @Test
    void aSingleValueOrNoneStillMakesAnAxis() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(Axis.linear("y", DoubleStream.of(), true)));
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(Axis.linear("y", DoubleStream.of(0), true)));
        assertEquals(List.of("5", "5.1", "5.2", "5.3", "5.4", "5.5"), labels(Axis.linear("y", DoubleStream.of(5), false)));
    }

    @Test
    void logTicksStepOneTwoFiveOverFewDecades() {
        Axis a = Axis.log("latency", DoubleStream.of(3, 40, 1999, 0, -1));

        assertEquals(List.of("2", "5", "10", "20", "50", "100", "200", "500", "1000", "2000"), labels(a));
        assertEquals(0, a.fraction(2), 1e-12);
        assertEquals(1, a.fraction(2000), 1e-12);
        assertEquals(1.0 / 3, a.fraction(20), 1e-12, "equal ratios, equal lengths");
    }

    @Test
    void logTicksArePowersOfTenOverManyDecades() {
        assertEquals(List.of("0.1", "1", "10", "100", "1000", "10k", "100k", "1M"),
                labels(Axis.log("y", DoubleStream.of(0.5, 200_000))));
    }

    @Test
    void anAxisNeedsARangeAndALogOneAPositiveStart() {
        assertThrows(IllegalArgumentException.class, () -> new Axis("x", 1, 1, false, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Axis("x", 0, 10, true, List.of()));
    }

    private static List<String> labels(Axis a) {
        return a.ticks().stream().map(Axis.Tick::label).toList();
    }
}
