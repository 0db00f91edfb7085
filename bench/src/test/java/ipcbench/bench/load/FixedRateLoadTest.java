package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.protocol.Exchange;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generator against in-memory connections: a wrong reply must fail the run, not be counted. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class FixedRateLoadTest {
    private static final LoadSpec SPEC = new LoadSpec(2000, 2, 64, 64, Duration.ofMillis(200), Duration.ofSeconds(1),
            0, 1024);

    @Test
    void faithfulRepliesPass() throws InterruptedException {
        LoadResult result = run(FakeConnection.faithful(), FakeConnection.faithful());
        assertEquals(LoadResult.Verdict.OK, result.verdict(), result.problem());
        assertTrue(result.corrected().getTotalCount() >= 1990, "count " + result.corrected().getTotalCount());
    }

    @Test
    void aLostReplyFailsTheRun() throws InterruptedException {
        assertFails(run(FakeConnection.faithful(), new FakeConnection(s -> s == 700 ? List.of() : List.of(s))),
                "sequence 701, expected 700");
    }

    @Test
    void aDuplicatedReplyFailsTheRun() throws InterruptedException {
        assertFails(run(new FakeConnection(s -> s == 700 ? List.of(s, s) : List.of(s)), FakeConnection.faithful()),
                "sequence 700, expected 701");
    }

    @Test
    void anOutOfOrderReplyFailsTheRun() throws InterruptedException {
        // 701's answer comes before 700's
        assertFails(run(new FakeConnection(s -> s == 700 ? List.of() : s == 701 ? List.of(701, 700) : List.of(s)),
                FakeConnection.faithful()), "sequence 701, expected 700");
    }

    private static void assertFails(LoadResult result, String because) {
        assertEquals(LoadResult.Verdict.FAILED, result.verdict());
        assertTrue(result.problem().contains(because), result.problem());
    }

    private static LoadResult run(Exchange... connections) throws InterruptedException {
        HistogramLogWriter log = new HistogramLogWriter(new PrintStream(OutputStream.nullOutputStream()));
        return FixedRateLoad.run(SPEC, List.of(connections), log, CpuMeter.generatorAnd(-1), TimeUnit.SECONDS.toNanos(5));
    }
}
