package ipcbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge of a profile's JMH arguments with the user's: the user wins per option, parameter and profiler. */
class JmhArgsTest {
    private static final List<String> PROFILE = List.of("RoundTrip", "-p", "payload=64,16384", "-f", "2", "-wi", "2",
            "-prof", "ipcbench.bench.profile.CpuProfiler", "-prof", "gc");

    @Test
    void withoutUserArgumentsTheProfileIsKeptAsItIs() {
        assertEquals(PROFILE, JmhArgs.merge(PROFILE, List.of()));
    }

    @Test
    void anOptionOfTheUsersReplacesTheProfilesAndOthersStay() {
        assertEquals(List.of("RoundTrip", "-p", "payload=64,16384", "-wi", "2", "-prof",
                        "ipcbench.bench.profile.CpuProfiler", "-prof", "gc", "-f", "5"),
                JmhArgs.merge(PROFILE, List.of("-f", "5")));
    }

    @Test
    void aParameterReplacesOnlyTheSameParameter() {
        List<String> merged = JmhArgs.merge(PROFILE, List.of("-p", "payload=1024", "-p", "transport=uds-jdk"));
        assertEquals(List.of("RoundTrip", "-f", "2", "-wi", "2", "-prof", "ipcbench.bench.profile.CpuProfiler",
                "-prof", "gc", "-p", "payload=1024", "-p", "transport=uds-jdk"), merged);
    }

    @Test
    void aProfilerWithOptionsReplacesTheSameProfilerOnly() {
        List<String> merged = JmhArgs.merge(PROFILE, List.of("-prof", "gc:churn=true"));
        assertEquals(List.of("RoundTrip", "-p", "payload=64,16384", "-f", "2", "-wi", "2", "-prof",
                "ipcbench.bench.profile.CpuProfiler", "-prof", "gc:churn=true"), merged);
    }

    @Test
    void aPatternOfTheUsersReplacesTheProfilesBenchmark() {
        List<String> merged = JmhArgs.merge(PROFILE, List.of("RoundTrip|Floor", "-prof", "perfnorm"));
        assertEquals("RoundTrip|Floor", merged.get(0));
        assertFalse(merged.contains("RoundTrip"));
        assertTrue(merged.containsAll(List.of("-prof", "gc", "perfnorm")));
    }

    @Test
    void flagsTakeNoValue() {
        JmhArgs args = JmhArgs.parse(List.of("-lprof", "RoundTrip", "-f", "1"));
        assertEquals(List.of("RoundTrip"), args.patterns());
        assertTrue(args.has("-lprof"));
        assertTrue(args.has("-f"));
    }

    @Test
    void parametersAreReadWithTheirCommaLists() {
        JmhArgs args = JmhArgs.parse(List.of("-p", "transport=uds-jdk,tcp-nio", "-p", "payload=64", "-p", "transport=x"));
        assertEquals(List.of("uds-jdk", "tcp-nio", "x"), args.parameter("transport"));
        assertEquals(List.of(), args.parameter("clients"));
    }

    @Test
    void anOptionWithoutItsValueIsBadUsage() {
        UsageException e = assertThrows(UsageException.class, () -> JmhArgs.parse(List.of("-p", "payload=64", "-f")));
        assertEquals("JMH option -f needs a value", e.getMessage());
    }
}
