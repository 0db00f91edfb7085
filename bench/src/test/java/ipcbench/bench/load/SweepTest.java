package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** When a sweep stops and what it calls sustainable, on made-up results. */
class SweepTest {
    private static final long SLO = 1_000_000;
    private static final LoadSpec SPEC = new LoadSpec(1000, 1, 64, 64, Duration.ZERO, Duration.ofSeconds(1), 0, 1024);

    @Test
    void stopsAtTheFirstRateAboveTheObjective() throws Exception {
        List<Long> tried = new ArrayList<>();
        Sweep sweep = Sweep.run("t", List.of(1000L, 2000L, 4000L, 8000L), SLO, 1, rate -> {
            tried.add(rate);
            return result(rate, rate, rate >= 4000 ? 2 * SLO : SLO / 2);
        });
        assertEquals(List.of(1000L, 2000L, 4000L), tried);
        assertEquals(2000, sweep.highestSustainable());
        assertTrue(sweep.describe().contains("4000/s: p99"), sweep.describe());
    }

    @Test
    void stopsWhenTheRateFallsShort() throws Exception {
        Sweep sweep = Sweep.run("t", List.of(1000L, 2000L, 4000L), SLO, 1, rate -> result(rate, Math.min(rate, 2500), 10));
        assertEquals(2000, sweep.highestSustainable());
        assertTrue(sweep.describe().contains("SHORT"), sweep.describe());
    }

    @Test
    void noSustainableRateIsReportedAsNone() throws Exception {
        Sweep sweep = Sweep.run("t", List.of(1000L, 2000L), SLO, 1, rate -> result(rate, rate, 2 * SLO));
        assertEquals(-1, sweep.highestSustainable());
        assertEquals(null, sweep.json().get("highestSustainableRate"));
        assertEquals(1, sweep.csvRows().size(), "it stops at the first step");
    }

    @Test
    void aMissedStepIsTriedAgainAndKeptWhenItPassesThen() throws Exception {
        List<Long> tried = new ArrayList<>();
        Sweep sweep = Sweep.run("t", List.of(1000L, 2000L), SLO, 2, rate -> {
            tried.add(rate);
            boolean hiccup = rate == 1000 && tried.size() == 1;
            return result(rate, rate, hiccup ? 2 * SLO : SLO / 2);
        });
        assertEquals(List.of(1000L, 1000L, 2000L), tried);
        assertEquals(2000, sweep.highestSustainable());
        assertEquals(3, sweep.csvRows().size(), "every run is kept");
    }

    @Test
    void geometricStepsStopAtTheMaximum() {
        assertEquals(List.of(1000L, 1500L, 2250L, 3375L), Sweep.geometric(1000, 1.5, 4000));
    }

    private static LoadResult result(long rate, double achieved, long p99Nanos) {
        Histogram latency = Latencies.newHistogram();
        latency.recordValueWithCount(10_000, 980);
        latency.recordValueWithCount(p99Nanos, 20);
        return new LoadResult(SPEC.withRate(rate), latency, latency, Latencies.newHistogram(), achieved, 0, 0,
                Map.of(), null);
    }
}
