package ipcbench.bench.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** redis-benchmark's CSV as Redis 7 prints it: the rate and the mean, whatever the test's name holds. */
class RedisBenchmarkTest {
    private static final String HEADER = "\"test\",\"rps\",\"avg_latency_ms\",\"min_latency_ms\",\"p50_latency_ms\","
            + "\"p95_latency_ms\",\"p99_latency_ms\",\"max_latency_ms\"\n";

    @Test
    void readsTheRateAndTheMeanInMicroseconds() throws IOException {
        assertEquals(new RedisBenchmark.Figures(37735.85, 23),
                RedisBenchmark.figures(HEADER + "\"PING_MBULK\",\"37735.85\",\"0.023\",\"0.008\",\"0.015\",\"0.055\","
                        + "\"0.063\",\"0.143\"\n"));
        assertEquals(new RedisBenchmark.Figures(23255.81, 41),
                RedisBenchmark.figures(HEADER + "\"SET ipcbench:redis-benchmark:1 x,\",\"23255.81\",\"0.041\","
                        + "\"0.016\",\"0.047\",\"0.055\",\"0.103\",\"2.959\"\n"));
    }

    @Test
    void outputWithoutAResultIsAnError() {
        IOException e = assertThrows(IOException.class, () -> RedisBenchmark.figures("Could not connect to Redis"));
        assertEquals("redis-benchmark printed no result: Could not connect to Redis", e.getMessage());
    }
}
