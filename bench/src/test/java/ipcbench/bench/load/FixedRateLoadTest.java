package ipcbench.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generator against in-memory connections: a wrong reply must fail the run, not be counted. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class FixedRateLoadTest {
    private static final LoadSpec SPEC = new LoadSpec(2000, 2, 64, 64, Duration.ofMillis(200), Duration.ofSeconds(1),
            0, 1024);

    @Test
    void faithfulRepliesPass() throws Exception {
        LoadResult result = run(FakeConnection.faithful(), FakeConnection.faithful());
        assertEquals(LoadResult.Verdict.OK, result.verdict(), result.problem());
        assertTrue(result.corrected().getTotalCount() >= 1990, "count " + result.corrected().getTotalCount());
    }

    @Test
    void aLostReplyFailsTheRun() throws Exception {
        assertFails(run(FakeConnection.faithful(), new FakeConnection(s -> s == 700 ? List.of() : List.of(s))),
                "sequence 701, expected 700");
    }

    @Test
    void aDuplicatedReplyFailsTheRun() throws Exception {
        assertFails(run(new FakeConnection(s -> s == 700 ? List.of(s, s) : List.of(s)), FakeConnection.faithful()),
                "sequence 700, expected 701");
    }

    @Test
    void anOutOfOrderReplyFailsTheRun() throws Exception {
        // 701's answer comes before 700's
        assertFails(run(new FakeConnection(s -> s == 700 ? List.of() : s == 701 ? List.of(701, 700) : List.of(s)),
                FakeConnection.faithful()), "sequence 701, expected 700");
    }

    private static void assertFails(LoadResult result, String because) {
        assertEquals(LoadResult.Verdict.FAILED, result.verdict());
        assertTrue(result.problem().contains(because), result.problem());
    }

    @Test
    void eachConnectionIsOpenedReceivedOnAndClosedByOneThreadAndSentToByAnother() throws Exception {
        FakeConnection first = FakeConnection.faithful();
        FakeConnection second = FakeConnection.faithful();
        LoadResult result = run(first, second);
        assertTrue(result.failure() == null, result.problem()); // a busy machine may make it SHORT, not wrong
        for (FakeConnection connection : List.of(first, second)) {
            Set<String> opener = connection.threads("open");
            assertEquals(1, opener.size(), "opened by " + opener);
            assertEquals(opener, connection.threads("receive"), "received on");
            assertEquals(opener, connection.threads("close"), "closed by");
            assertEquals(1, connection.threads("send").size(), "sent to by " + connection.threads("send"));
            assertFalse(opener.equals(connection.threads("send")), "sent to by its opener");
        }
    }

    @Test
    void aConnectionThatCannotOpenStopsTheRunBeforeItStartsAndTheOthersAreClosed() throws Exception {
        FakeConnection opened = FakeConnection.faithful();
        AtomicInteger count = new AtomicInteger();
        Connector secondFails = () -> {
            if (count.getAndIncrement() == 1) {
                throw new IOException("refused");
            }
            return opened.openedHere();
        };
        IOException e = assertThrows(IOException.class, () -> run(secondFails));
        assertTrue(e.getMessage().endsWith("did not open: refused"), e.getMessage());
        assertTrue(opened.awaitClosed(), "the connection that opened was not closed");
        assertTrue(opened.threads("send").isEmpty(), "requests were sent: " + opened.threads("send"));
    }

    /** The connections are handed out in turn, each to the receiver thread that opens it. */
    private static LoadResult run(FakeConnection... connections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return run(() -> connections[next.getAndIncrement()].openedHere());
    }

    private static LoadResult run(Connector connector) throws IOException, InterruptedException {
        HistogramLogWriter log = new HistogramLogWriter(new PrintStream(OutputStream.nullOutputStream()));
        return FixedRateLoad.run(SPEC, connector, log, CpuMeter.generatorAnd(-1), TimeUnit.SECONDS.toNanos(5));
    }
}
