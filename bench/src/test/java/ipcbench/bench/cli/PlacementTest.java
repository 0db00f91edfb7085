package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where JMH's runner goes: off the CPUs client and daemon were given, when a CPU is left for it. */
class PlacementTest {

    @Test
    void theRunnerTakesTheCpusNeitherClientNorDaemonWasGiven() {
        assertEquals("1", Placement.SAME.harnessCpus(2));
        assertEquals("1-3", Placement.SAME.harnessCpus(4));
        assertEquals("2-3", Placement.SPLIT.harnessCpus(4));
        assertNull(Placement.SPLIT.harnessCpus(2), "none left: with the client, as its forks' parent");
        assertNull(Placement.SAME.harnessCpus(1));
        assertNull(Placement.OS.harnessCpus(2), "nothing pinned");
    }

    @Test
    void aRunFamilyOffTheMeasuredCpusPinsItsForksToTheClients() {
        List<String> same = BenchmarkRun.runFamilyCommand(Placement.SAME, "RoundTrip", List.of(), 2);
        assertEquals(List.of("taskset", "-c", "1"), same.subList(0, 3));
        assertEquals(List.of("--benchmark", "RoundTrip", "--fork-cpus", "0"), same.subList(same.size() - 4, same.size()));
        List<String> split = BenchmarkRun.runFamilyCommand(Placement.SPLIT, "Concurrency", List.of(16), 2);
        assertEquals(List.of("taskset", "-c", "0"), split.subList(0, 3));
        assertEquals(List.of("--benchmark", "Concurrency", "--clients", "16"), split.subList(split.size() - 4, split.size()));
    }
}
