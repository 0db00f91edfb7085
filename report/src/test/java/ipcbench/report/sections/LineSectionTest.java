package ipcbench.report.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ipcbench.report.jmh.JmhResult;
import ipcbench.report.jmh.Metric;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Streaming throughput is Stream's payload counter, not its batches per second times the chunk. */
class LineSectionTest {
    private static Metric metric(double score, String unit) {
        return new Metric(score, 0, score, score, unit, new TreeMap<>(), List.of(score, score), List.of(score),
                List.of());
    }

    private static Measure stream(Map<String, Metric> secondary) {
        // 1000 batches of 4 MiB a second: 4194 MB/s, whatever the chunk (64 KiB frames here)
        JmhResult r = new JmhResult("ipcbench.bench.jmh.Stream.batch", "thrpt",
                Map.of("transport", "uds-jdk", "chunk", "65536"), metric(1000, "ops/s"), secondary, 1, 1, List.of(),
                "17", "");
        return new Measure(null, r, "", r.primary());
    }

    @Test
    void theMegabytesPerSecondAreStreamsOwnCounter() {
        Measure m = LineSection.megabytesPerSecond(stream(Map.of("mb", metric(4194.304, "ops/s"))));

        assertEquals("MB/s", m.value().unit());
        assertEquals(4194.304, m.value().score(), 1e-9, "not 1000 ops/s x 65536 B = 65.5 MB/s");
        assertEquals(List.of(4194.304, 4194.304), m.value().samples());
    }

    @Test
    void aResultWithoutTheCounterIsNotConvertedByAGuess() {
        Measure plain = stream(Map.of());

        assertSame(plain, LineSection.megabytesPerSecond(plain));
    }
}
