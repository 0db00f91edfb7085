package ipcbench.bench.load;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Runs one {@link LoadSpec} over connections it opens: a receiver thread per connection opens
 * it (a caller-run client, Netty's client model caller, belongs to the thread that opened it)
 * and receives on it, a sender thread paces its requests; one interval of the measured window
 * per second goes to the log, and the intervals add up to the result, so the log and the result
 * always agree. Each receiver closes its connection once its sender is done.
 */
public final class FixedRateLoad {
    /** Lets every thread start before the first send is due. */
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long INTERVAL_MILLIS = 1000;
    /** The tag of the uncorrected histograms in the log; the corrected ones are untagged. */
    public static final String UNCORRECTED_TAG = "uncorrected";

    private FixedRateLoad() {
    }

    /**
     * @param deadlineNanos the longest the run waits for any single response (and for a connection to open)
     * @throws IOException when a connection cannot be opened: the run does not start
     */
    public static LoadResult run(LoadSpec spec, Connector connector, HistogramLogWriter log, CpuMeter cpu,
                                 long deadlineNanos) throws IOException, InterruptedException {
        List<CompletableFuture<Exchange>> opened = new ArrayList<>();
        List<CompletableFuture<ConnectionLoad>> assigned = new ArrayList<>();
        Failure failure = new Failure(() -> closeAll(opened));
        CountDownLatch done = new CountDownLatch(2 * spec.connections());
        for (int c = 0; c < spec.connections(); c++) {
            CompletableFuture<Exchange> connection = new CompletableFuture<>();
            CompletableFuture<ConnectionLoad> load = new CompletableFuture<>();
            opened.add(connection);
            assigned.add(load);
            start("ipcbench-receive-" + c, () -> receiver(connector, connection, load, failure, deadlineNanos), done);
        }
        try {
            List<Exchange> connections = awaitOpen(opened, deadlineNanos);
            return measure(spec, connections, assigned, log, cpu, deadlineNanos, failure, done);
        } catch (IOException | InterruptedException e) {
            failure.set(e); // stops the threads; each closes its connection
            assigned.forEach(load -> load.complete(null));
            throw e;
        }
    }

    /** A receiver thread: opens, waits for its load (null: the run does not start), receives, closes. */
    private static void receiver(Connector connector, CompletableFuture<Exchange> opened,
                                 CompletableFuture<ConnectionLoad> assigned, Failure failure, long deadlineNanos) {
        Exchange connection;
        try {
            connection = connector.open();
        } catch (IOException | RuntimeException e) {
            opened.completeExceptionally(e);
            return;
        }
        opened.complete(connection);
        try {
            ConnectionLoad load = assigned.get(2 * deadlineNanos, TimeUnit.NANOSECONDS);
            if (load != null) {
                load.receive();
                load.awaitSender(); // a send racing the close would write to a connection being freed
            }
        } catch (ExecutionException | TimeoutException e) {
            failure.set(new IOException("the run did not start within " + 2 * deadlineNanos / 1_000_000
                    + " ms of the connection's opening", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.set(e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static List<Exchange> awaitOpen(List<CompletableFuture<Exchange>> opened, long deadlineNanos)
            throws IOException, InterruptedException {
        List<Exchange> connections = new ArrayList<>();
        long deadline = System.nanoTime() + deadlineNanos;
        for (int c = 0; c < opened.size(); c++) {
            try {
                connections.add(opened.get(c).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                throw new IOException("connection " + c + " did not open: " + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new IOException("connection " + c + " did not open within " + deadlineNanos / 1_000_000 + " ms");
            }
        }
        return connections;
    }

    private static LoadResult measure(LoadSpec spec, List<Exchange> connections,
                                      List<CompletableFuture<ConnectionLoad>> assigned, HistogramLogWriter log,
                                      CpuMeter cpu, long deadlineNanos, Failure failure, CountDownLatch done)
            throws InterruptedException {
        Timeline timeline = Timeline.of(spec, System.nanoTime() + START_DELAY_NANOS);
        Latencies latencies = new Latencies(timeline.measureFrom());
        List<ConnectionLoad> loads = new ArrayList<>();
        for (int c = 0; c < connections.size(); c++) {
            ConnectionLoad load = new ConnectionLoad(c, connections.get(c), spec, timeline, latencies, failure,
                    deadlineNanos);
            loads.add(load);
            start("ipcbench-send-" + c, load::send, done);
            assigned.get(c).complete(load);
        }
        Intervals intervals = new Intervals(latencies.measured(), log);
        TimeUnit.NANOSECONDS.sleep(Math.max(0, timeline.measureFrom() - System.nanoTime()));
        cpu.start();
        intervals.start();
        long hardStop = timeline.giveUp() + 2 * deadlineNanos;
        while (!done.await(INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
            intervals.write();
            if (System.nanoTime() - hardStop > 0) {
                failure.set(new IOException("the run did not end within " + (2 * deadlineNanos / 1_000_000)
                        + " ms of its schedule; outstanding per connection: " + outstanding(loads)));
                done.await(deadlineNanos, TimeUnit.NANOSECONDS);
                break;
            }
        }
        var cores = cpu.coresUsed();
        intervals.write();
        long lastSend = timeline.measureFrom();
        long unsent = 0;
        long windowFull = 0;
        for (ConnectionLoad load : loads) {
            lastSend = Math.max(lastSend, load.lastSendNanos());
            unsent += load.unsentMeasured();
            windowFull += load.windowFullEvents();
        }
        // The rate at which the schedule was actually kept: a sender that fell behind stretches it.
        double nanos = Math.max(timeline.end(), lastSend) - timeline.measureFrom();
        double achieved = intervals.corrected.getTotalCount() / (nanos / 1e9);
        return new LoadResult(spec, intervals.corrected, intervals.uncorrected, intervals.sendLag, achieved, unsent,
                windowFull, cores, failure.cause());
    }

    private static void start(String name, Runnable body, CountDownLatch done) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } finally {
                done.countDown();
            }
        }, name);
        thread.setDaemon(true); // never keeps the JVM alive after a failed run
        thread.start();
    }

    private static String outstanding(List<ConnectionLoad> loads) {
        StringBuilder text = new StringBuilder();
        for (ConnectionLoad load : loads) {
            text.append(text.length() == 0 ? "" : ", ").append(load.outstanding());
        }
        return text.toString();
    }

    /** Unblocks those waiting in a read or a write (a caller-run loop's owner then closes its own). */
    private static void closeAll(List<CompletableFuture<Exchange>> opened) {
        for (CompletableFuture<Exchange> connection : opened) {
            if (connection.isDone() && !connection.isCompletedExceptionally()) {
                closeQuietly(connection.join());
            }
        }
    }

    private static void closeQuietly(Exchange connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // the run's outcome is its first failure, not how a connection closed
        }
    }

    /** The measured window's interval histograms: logged one by one and summed. */
    private static final class Intervals {
        final Histogram corrected = Latencies.newHistogram();
        final Histogram uncorrected = Latencies.newHistogram();
        final Histogram sendLag = Latencies.newHistogram();
        private final Latencies.Phase recorders;
        private final HistogramLogWriter log;
        private Histogram correctedInterval;
        private Histogram uncorrectedInterval;
        private Histogram sendLagInterval;
        private long startMillis;

        Intervals(Latencies.Phase recorders, HistogramLogWriter log) {
            this.recorders = recorders;
            this.log = log;
        }

        /** At the start of the measured window, which is where the first interval begins. */
        void start() {
            startMillis = System.currentTimeMillis();
        }

        void write() {
            correctedInterval = recorders.corrected.getIntervalHistogram(correctedInterval);
            uncorrectedInterval = recorders.uncorrected.getIntervalHistogram(uncorrectedInterval);
            sendLagInterval = recorders.sendLag.getIntervalHistogram(sendLagInterval);
            if (startMillis != 0) { // the recorders were made before the window opened
                correctedInterval.setStartTimeStamp(startMillis);
                uncorrectedInterval.setStartTimeStamp(startMillis);
                startMillis = 0;
            }
            uncorrectedInterval.setTag(UNCORRECTED_TAG);
            log.outputIntervalHistogram(correctedInterval);
            log.outputIntervalHistogram(uncorrectedInterval);
            corrected.add(correctedInterval);
            uncorrected.add(uncorrectedInterval);
            sendLag.add(sendLagInterval);
        }
    }
}
