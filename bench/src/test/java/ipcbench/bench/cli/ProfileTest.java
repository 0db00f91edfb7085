package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ipcbench.bench.precision.PrecisionGoal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profiles' settings, pinned: a change to what quick measures should be a decision, not an accident. */
class ProfileTest {

    @Test
    void quickRoundTripsAreTwoForksOfThreeHalfSecondIterationsWithBothModesAndBothProfilers() {
        Profile.Plan plan = Profile.QUICK.plan(Family.ROUNDTRIP);
        assertEquals(List.of("-p", "payload=64,16384", "-f", "2", "-wi", "2", "-w", "500ms", "-i", "3", "-r", "500ms",
                "-bm", "avgt,sample", "-prof", "ipcbench.bench.profile.CpuProfiler", "-prof", "gc"), plan.jmhOptions());
        assertEquals(8, plan.longWarmupIterations());
        assertEquals(1, plan.longWarmupForks());
    }

    @Test
    void quickAimsAtFivePercentWithinFourAndAHalfMinutesAndFullAtTwoPercent() {
        assertEquals(new PrecisionGoal(0.05, Duration.ofSeconds(270)), Profile.QUICK.precisionGoal());
        assertEquals(new PrecisionGoal(0.02, Duration.ofHours(3)), Profile.FULL.precisionGoal());
    }

    @Test
    void concurrencyRunsOnePassPerClientCount() {
        assertEquals(List.of(1, 4, 16, 64), Profile.QUICK.plan(Family.CONCURRENCY).clients());
        assertEquals(List.of(1, 2, 4, 8, 16, 64), Profile.FULL.plan(Family.CONCURRENCY).clients());
        assertEquals(List.of(), Profile.QUICK.plan(Family.CONNECT).clients());
    }

    @Test
    void fullStreamsNeedNoLongerWarmUpThanTheirOwn() {
        assertNull(Profile.FULL.plan(Family.STREAM).longWarmupIterations());
    }

    @Test
    void concurrencyRunsSplitWhenSameIsAskedAndOtherwiseWhereAsked() {
        assertEquals(Placement.SPLIT, Family.CONCURRENCY.placement(Placement.SAME));
        assertEquals(Placement.OS, Family.CONCURRENCY.placement(Placement.OS));
        assertEquals(Placement.SAME, Family.ROUNDTRIP.placement(Placement.SAME));
    }

    @Test
    void familiesAreParsedInTheOrderGivenAndABadOneNamesTheValidOnes() {
        assertEquals(List.of(Family.CONNECT, Family.ROUNDTRIP), Family.parseList("connect,roundtrip,connect"));
        UsageException e = assertThrows(UsageException.class, () -> Family.parseList("roundtrp"));
        assertEquals("unknown family 'roundtrp' (valid: roundtrip, concurrency, connect, stream)", e.getMessage());
    }
}
