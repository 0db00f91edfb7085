package ipcbench.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameBudgetTest {

    @Test
    void reservationsStopAtTheLimitAndComeBackOnRelease() {
        FrameBudget budget = FrameBudget.of(100);
        assertTrue(budget.tryReserve(60));
        assertFalse(budget.tryReserve(41), "over the limit: nothing taken");
        assertEquals(60, budget.used());
        assertTrue(budget.tryReserve(40));
        budget.release(100);
        assertEquals(0, budget.used());
        assertEquals("0 of 100 bytes in use", budget.describe());
    }

    @Test
    void theDefaultIsHalfTheDirectMemoryLimitWhichIsTheHeapUnlessSetApart() {
        assertEquals(128L << 20, FrameBudget.directMemoryLimit(List.of("-Xmx128m"), 128L << 20));
        assertEquals(64L << 20, FrameBudget.directMemoryLimit(List.of("-XX:MaxDirectMemorySize=64m"), 128L << 20));
        assertEquals(2L << 30, FrameBudget.directMemoryLimit(List.of("-XX:MaxDirectMemorySize=2G"), 1L << 30));
        assertEquals(4096, FrameBudget.directMemoryLimit(List.of("-XX:MaxDirectMemorySize=4096"), 1L << 30));
        assertEquals(1L << 30, FrameBudget.directMemoryLimit(List.of("-XX:MaxDirectMemorySize=0"), 1L << 30));
        assertEquals(FrameBudget.directMemoryLimit(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().maxMemory()) / 2, FrameBudget.forThisJvm().limit());
    }
}
