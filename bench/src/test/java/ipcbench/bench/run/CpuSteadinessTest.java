package ipcbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuSteadinessTest {
    @Test
    void theMedianNinetiethPercentileAndSlowestChunkOfTheTimesGiven() {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            nanos.add(5_000_000L);
        }
        nanos.addAll(List.of(5_500_000L, 10_000_000L, 20_000_000L));
        Collections.shuffle(nanos);
        CpuSteadiness probe = CpuSteadiness.of("start", nanos);
        assertEquals(5.0, probe.medianMillis());
        assertEquals(1.1, probe.p90(), 1e-9, "the 18th of 20");
        assertEquals(4.0, probe.max());
        assertEquals(20, probe.chunks());
        assertFalse(probe.steady());
        assertEquals("start: a 5.0 ms chunk of work, p90 1.10x, max 4.00x its median (20 chunks), unsteady",
                probe.describe());
    }

    @Test
    void aProbeTimesChunksOfWorkForAsLongAsAsked() {
        CpuSteadiness probe = CpuSteadiness.measure("end", Duration.ofMillis(300));
        assertTrue(probe.chunks() > 0, probe.describe());
        assertTrue(probe.medianMillis() > 0, probe.describe());
        assertTrue(probe.p90() >= 1 && probe.max() >= probe.p90(), probe.describe());
    }
}
