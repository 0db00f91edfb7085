package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.bench.precision.PrecisionGoal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profiles' settings, pinned: a change to what quick measures should be a decision, not an accident. */
class ProfileTest {

    @Test
    void quickRoundTripsAreOneForkOfTen300MsIterationsWithBothProfilersAndTailsAtTheSmallestPayload() {
        Profile.Plan plan = Profile.QUICK.plan(Family.ROUNDTRIP);
        assertEquals(List.of("-p", "payload=64,16384", "-f", "1", "-wi", "4", "-w", "500ms", "-i", "10", "-r", "300ms",
                "-bm", "avgt", "-prof", "ipcbench.bench.profile.CpuProfiler", "-prof", "gc"), plan.jmhOptions());
        assertTrue(plan.tailsAtSmallestPayload());
        assertEquals(8, plan.longWarmupIterations());
        assertEquals(1, plan.longWarmupForks());
    }

    @Test
    void fullMeasuresTailsAtEveryPayloadAndCiNone() {
        assertFalse(Profile.FULL.plan(Family.ROUNDTRIP).tailsAtSmallestPayload());
        assertTrue(Profile.FULL.plan(Family.ROUNDTRIP).jmhOptions().contains("avgt,sample"));
        assertFalse(Profile.CI.plan(Family.ROUNDTRIP).tailsAtSmallestPayload());
    }

    @Test
    void quickMeasuresOneTransportPerMechanismWhichTheUsersListReplacesAndFullEveryOne() {
        Profile.Plan quick = Profile.QUICK.plan(Family.CONCURRENCY);
        assertEquals("tcp-nio,uds-jdk,pipe-stdio,shm-spin", quick.transports());
        assertEquals(List.of("-p", "transport=tcp-nio,uds-jdk,pipe-stdio,shm-spin"), quick.familyOptions()
                .subList(quick.familyOptions().size() - 2, quick.familyOptions().size()));
        List<String> mine = JmhArgs.merge(quick.familyOptions(), List.of("-p", "transport=uds-jdk"));
        assertTrue(mine.contains("transport=uds-jdk"), mine.toString());
        assertFalse(mine.contains("transport=tcp-nio,uds-jdk,pipe-stdio,shm-spin"), mine.toString());
        assertNull(Profile.FULL.plan(Family.ROUNDTRIP).transports());
        assertEquals(Profile.FULL.plan(Family.ROUNDTRIP).jmhOptions(), Profile.FULL.plan(Family.ROUNDTRIP).familyOptions());
    }

    @Test
    void quickConcurrencyAndConnectWarmUpLongEnoughForTheirFiguresToStopClimbing() {
        assertEquals("3", option(Profile.QUICK.plan(Family.CONCURRENCY), "-wi"));
        assertEquals("4", option(Profile.QUICK.plan(Family.CONNECT), "-wi"));
    }

    private static String option(Profile.Plan plan, String name) {
        return plan.jmhOptions().get(plan.jmhOptions().indexOf(name) + 1);
    }

    @Test
    void quickAimsAtFivePercentWithinFourAndAHalfMinutesAndFullAtTwoPercent() {
        assertEquals(new PrecisionGoal(0.05, Duration.ofSeconds(270)), Profile.QUICK.precisionGoal());
        assertEquals(new PrecisionGoal(0.02, Duration.ofHours(3)), Profile.FULL.precisionGoal());
    }

    @Test
    void concurrencyRunsOnePassPerClientCount() {
        assertEquals(List.of(1, 16, 64), Profile.QUICK.plan(Family.CONCURRENCY).clients());
        assertEquals(List.of(1, 2, 4, 8, 16, 64), Profile.FULL.plan(Family.CONCURRENCY).clients());
        assertEquals(List.of(), Profile.QUICK.plan(Family.CONNECT).clients());
    }

    @Test
    void fullStreamsNeedNoLongerWarmUpThanTheirOwn() {
        assertNull(Profile.FULL.plan(Family.STREAM).longWarmupIterations());
    }

    @Test
    void ciRunsOneShortForkOfTheRoundTripsAndOfConcurrencyAtSixteenClientsWithoutProfilersOrSampleMode() {
        Profile.Plan roundTrip = Profile.CI.plan(Family.ROUNDTRIP);
        assertEquals(List.of("-p", "payload=64,16384", "-f", "1", "-wi", "5", "-w", "300ms", "-i", "5", "-r", "300ms",
                "-bm", "avgt"), roundTrip.jmhOptions());
        Profile.Plan concurrency = Profile.CI.plan(Family.CONCURRENCY);
        assertEquals(List.of(16), concurrency.clients());
        assertEquals("1", option(concurrency, "-f"));
        for (Profile.Plan plan : List.of(roundTrip, concurrency)) {
            assertFalse(plan.jmhOptions().contains("-prof"), plan.jmhOptions().toString());
            // compare needs the same forks on both sides: no fewer for the long warm-up
            assertNull(plan.longWarmupForks());
            assertEquals(Profile.QUICK.plan(Family.ROUNDTRIP).transports(), plan.transports());
        }
    }

    @Test
    void ciRunsTheRoundTripsAndConcurrencyWithoutThePrecisionLoopTheOthersEveryFamily() {
        assertEquals(List.of(Family.ROUNDTRIP, Family.CONCURRENCY), Profile.CI.families());
        assertEquals(List.of(Family.values()), Profile.QUICK.families());
        assertTrue(Profile.CI.precisionGoal().isOff());
        // asked for with --only, the other families run as quick runs them
        assertEquals(Profile.QUICK.plan(Family.CONNECT), Profile.CI.plan(Family.CONNECT));
    }

    @Test
    void ciIsParsedByItsNameAndAnUnknownProfileNamesTheValidOnes() {
        assertEquals(Profile.CI, new Main.ProfileConverter().convert("ci"));
        Exception e = assertThrows(Exception.class, () -> new Main.ProfileConverter().convert("cl"));
        assertEquals("unknown profile 'cl' (valid: quick, full, ci)", e.getMessage());
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
