package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RowSamplesTest {

    @Test
    void withFewerThanFourForksTheIterationsAreTheSamples() {
        RowSamples samples = RowSamples.of(FabricatedRows.row(Map.of(), new double[] {10, 12}, new double[] {11, 13}));
        assertEquals("iterations", samples.unit());
        assertArrayEquals(new double[] {10, 12, 11, 13}, samples.samples(), 1e-9);
        assertEquals(HalfWidth.relative(new double[] {10, 12, 11, 13}), samples.relativeHalfWidth(), 1e-9);
    }

    @Test
    void fromFourForksOnTheirMeansAre() {
        RowSamples samples = RowSamples.of(FabricatedRows.row(Map.of(), new double[] {10, 12}, new double[] {11, 13},
                new double[] {14, 14}, new double[] {15, 15}));
        assertEquals("forks", samples.unit());
        assertArrayEquals(new double[] {11, 12, 14, 15}, samples.samples(), 1e-9);
        assertEquals(8, samples.iterations().length);
    }
}
