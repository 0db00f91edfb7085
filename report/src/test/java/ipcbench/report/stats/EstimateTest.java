package ipcbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.report.Cli;
import ipcbench.report.jmh.JmhReader;
import ipcbench.report.jmh.Metric;
import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void aSumIsTakenIterationByIterationSoThatItKeepsAnInterval() {
        // user and system time that move in opposite directions: their sum is steady
        Metric user = metric(2.0, List.of(1.0, 2.0, 3.0));
        Metric sys = metric(2.0, List.of(3.0, 2.0, 1.0));

        Estimate sum = Estimate.ofSum(List.of(user, sys), 0.95);

        assertEquals(4.0, sum.mean(), 1e-12);
        assertEquals(4.0, sum.low(), 1e-12);
        assertEquals(4.0, sum.high(), 1e-12);
        assertEquals(3, sum.n());
        assertEquals(Estimate.of(user, 0.95), Estimate.ofSum(List.of(user), 0.95), "one metric is its own estimate");
    }

    @Test
    void withFourForksOrMoreTheIntervalIsOverTheForkMeansAsCompareDecides() throws IOException {
        // 4 forks of 5 iterations each: about 12.5, 13.5, 11.0 and 13.4 us, each fork tight
        Metric drifting = JmhReader.read(Cli.runDir("fork-drift-new")).results().get(0).primary();

        Estimate e = Estimate.of(drifting, 0.95);

        assertEquals(4, e.n());
        assertTrue(e.forks());
        assertEquals("4 forks", e.samples());
        assertEquals(12.6, e.mean(), 1e-9);
        Summary overIterations = Summary.of(drifting.samples().stream().mapToDouble(Double::doubleValue).toArray(), 0.95);
        assertTrue(e.relativeHalfWidth() > 3 * overIterations.relativeHalfWidth(),
                "20 iterations of 4 forks are not 20 independent samples: " + e);
        assertEquals(e.high() - e.mean(), e.mean() * e.relativeHalfWidth(), 1e-9);
        Estimate twice = Estimate.ofSum(List.of(drifting, drifting), 0.95);
        assertTrue(twice.forks(), "two metrics of 4 forks add up fork by fork");
        assertEquals(2 * e.mean(), twice.mean(), 1e-9);
        assertEquals(e.relativeHalfWidth(), twice.relativeHalfWidth(), 1e-9);
    }

    @Test
    void metricsWithDifferentIterationCountsAddUpTheirScoresWithoutAnInterval() {
        Estimate sum = Estimate.ofSum(List.of(metric(2.0, List.of(1.0, 3.0)), metric(1.5, List.of(1.5))), 0.95);

        assertEquals(3.5, sum.mean(), 1e-12);
        assertFalse(sum.hasInterval());
        assertEquals(0, sum.n());
    }

    @Test
    void aRatiosRangeIsWhereTheTwoIntervalsWouldOverlapAtThatFactor() {
        Ratio r = Ratio.of(new Estimate(22, 21, 23, 6), new Estimate(20, 19, 21, 6));

        assertEquals(1.1, r.value(), 1e-12);
        assertEquals(1.0, r.low(), 1e-12);
        assertEquals(23.0 / 19, r.high(), 1e-12);
        assertTrue(r.hasInterval());
        assertFalse(Ratio.of(new Estimate(22, 21, 23, 6), new Estimate(20, Double.NaN, Double.NaN, 1)).hasInterval());
        assertFalse(Ratio.of(new Estimate(2, 1, 3, 6), new Estimate(1, -1, 3, 6)).hasInterval(), "b may be 0");
    }

    private static Metric metric(double score, List<Double> samples) {
        return new Metric(score, Double.NaN, Double.NaN, Double.NaN, "us/op", new TreeMap<>(), samples, List.of(), List.of());
    }
}
