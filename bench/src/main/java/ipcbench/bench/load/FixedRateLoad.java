package ipcbench.bench.load;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Runs one {@link LoadSpec} over the given connections: starts a sender and a receiver thread per
 * connection, writes one interval of the measured window per second to the log, and sums the
 * intervals into the result, so the log and the result always agree. Closes the connections.
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
     * @param deadlineNanos the longest the run waits for any single response
     */
    public static LoadResult run(LoadSpec spec, List<Exchange> connections, HistogramLogWriter log,
                                 CpuMeter cpu, long deadlineNanos) throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                closeAll(connections);
            }
        };
        try {
            return measure(spec, connections, log, cpu, deadlineNanos, new Failure(close));
        } finally {
            close.run();
        }
    }

    private static LoadResult measure(LoadSpec spec, List<Exchange> connections, HistogramLogWriter log,
                                      CpuMeter cpu, long deadlineNanos, Failure failure) throws InterruptedException {
        Timeline timeline = Timeline.of(spec, System.nanoTime() + START_DELAY_NANOS);
        Latencies latencies = new Latencies(timeline.measureFrom());
        List<ConnectionLoad> loads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(2 * connections.size());
        for (int c = 0; c < connections.size(); c++) {
            ConnectionLoad load = new ConnectionLoad(c, connections.get(c), spec, timeline, latencies, failure,
                    deadlineNanos);
            loads.add(load);
            start("ipcbench-send-" + c, load::send, done);
            start("ipcbench-receive-" + c, load::receive, done);
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

    private static void closeAll(List<Exchange> connections) {
        for (Exchange connection : connections) {
            try {
                connection.close();
            } catch (IOException | RuntimeException e) {
                // closing to stop the run; the first failure is what is reported
            }
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
