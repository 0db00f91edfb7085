package ipcbench.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {

    @Test
    void everyDisjointSplitOnceTheSideWithTheEarliestRunOld() {
        List<Splits.Pair> pairs = Splits.allDisjoint(8, 2);
        assertEquals(70 * 3, pairs.size()); // C(8,4) sets of four runs, each split three ways
        assertEquals(pairs.size(), new HashSet<>(pairs).size());
        for (Splits.Pair p : pairs) {
            Set<Integer> all = new HashSet<>(p.old());
            all.addAll(p.neu());
            assertEquals(4, all.size(), p.toString());
            assertTrue(p.old().get(0) < p.neu().get(0), p.toString());
        }
        assertEquals(List.of(new Splits.Pair(List.of(0, 1), List.of(2, 3)), new Splits.Pair(List.of(0, 2), List.of(1, 3)),
                new Splits.Pair(List.of(0, 3), List.of(1, 2))), Splits.allDisjoint(4, 2));
        assertEquals(10, Splits.allDisjoint(6, 3).size());
    }

    @Test
    void benchYmlsBlocksInterleaveConsecutiveRunsAndShareNone() {
        assertEquals(List.of(new Splits.Pair(List.of(0, 2), List.of(1, 3)), new Splits.Pair(List.of(4, 6), List.of(5, 7))),
                Splits.workflowBlocks(9, 2));
        assertEquals(List.of(new Splits.Pair(List.of(0, 2, 4), List.of(1, 3, 5))), Splits.workflowBlocks(6, 3));
        assertTrue(Splits.allDisjoint(9, 2).containsAll(Splits.workflowBlocks(9, 2)));
    }

    @Test
    void acrossPairsEverySideOfAWithEverySideOfB() {
        assertEquals(28 * 6, Splits.across(8, 4, 2).size());
        assertEquals(List.of(new Splits.Pair(List.of(0), List.of(0)), new Splits.Pair(List.of(0), List.of(1)),
                new Splits.Pair(List.of(1), List.of(0)), new Splits.Pair(List.of(1), List.of(1))), Splits.across(2, 2, 1));
    }
}
