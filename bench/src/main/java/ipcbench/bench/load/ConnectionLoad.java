package ipcbench.bench.load;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * One connection's share of the load: a paced sender thread and a receiver thread (the one that
 * opened the connection). The sender sends request {@code k} at its intended time (or at once,
 * when late) whatever the answers do; the receiver reads responses in order, verifies each and
 * records its latency. Nothing is allocated per request.
 */
final class ConnectionLoad {
    /** Between checks while the sender waits for a free slot; the daemon is behind by then anyway. */
    private static final long FULL_WAIT_NANOS = 20_000;

    private final int index;
    private final Exchange connection;
    private final LoadSpec spec;
    private final Timeline timeline;
    private final Latencies latencies;
    private final Failure failure;
    private final InFlight inFlight;
    private final long deadlineNanos;

    // written by the sender, read after it ended
    private long windowFullEvents;
    private long lastSendNanos;
    private long unsentMeasured;

    ConnectionLoad(int index, Exchange connection, LoadSpec spec, Timeline timeline, Latencies latencies,
                   Failure failure, long deadlineNanos) {
        this.index = index;
        this.connection = connection;
        this.spec = spec;
        this.timeline = timeline;
        this.latencies = latencies;
        this.failure = failure;
        // A client that must read each answer before it writes again has a window of one.
        this.inFlight = new InFlight(Math.min(spec.window(), connection.maxOutstanding()));
        this.deadlineNanos = deadlineNanos;
    }

    void send() {
        try {
            long k = 0;
            for (long intended = spec.intendedNanos(timeline.start(), index, 0); intended < timeline.end();
                 intended = spec.intendedNanos(timeline.start(), index, ++k)) {
                if (!awaitTime(intended) || !awaitSlot(k)) {
                    unsentMeasured = countMeasuredFrom(k);
                    return;
                }
                long actual = System.nanoTime();
                connection.send((int) k);
                inFlight.sent(k, intended, actual);
                lastSendNanos = actual;
            }
        } catch (IOException | RuntimeException e) {
            failure.set(e);
        } finally {
            inFlight.senderDone();
        }
    }

    /**
     * Parks until {@code spinNanos} before the intended time, then spins. Parking alone wakes late
     * by the kernel's timer slack (~50 µs); spinning costs CPU the daemon may need on 2 cores.
     */
    private boolean awaitTime(long intended) {
        while (true) {
            long early = intended - System.nanoTime();
            if (early <= 0) {
                return true;
            }
            if (failure.failed()) {
                return false;
            }
            if (early > spec.spinNanos()) {
                LockSupport.parkNanos(early - spec.spinNanos());
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /**
     * Waits while the outstanding window is full: the daemon is that far behind. Gives up on the
     * schedule once the measured window is over by the grace period, or on failure.
     */
    private boolean awaitSlot(long k) {
        if (!inFlight.full(k)) {
            return true;
        }
        windowFullEvents++;
        long since = System.nanoTime();
        long seen = inFlight.receivedCount();
        while (inFlight.full(k)) {
            long now = System.nanoTime();
            if (failure.failed() || now - timeline.giveUp() >= 0) {
                return false;
            }
            if (inFlight.receivedCount() != seen) {
                seen = inFlight.receivedCount();
                since = now;
            } else if (now - since > deadlineNanos) {
                failure.set(new IOException("connection " + index + ": no response for " + deadlineNanos / 1_000_000
                        + " ms with " + spec.window() + " requests outstanding"));
                return false;
            }
            LockSupport.parkNanos(FULL_WAIT_NANOS);
        }
        return true;
    }

    private long countMeasuredFrom(long k) {
        long count = 0;
        for (long intended = spec.intendedNanos(timeline.start(), index, k); intended < timeline.end();
             intended = spec.intendedNanos(timeline.start(), index, ++k)) {
            if (intended >= timeline.measureFrom()) {
                count++;
            }
        }
        return count;
    }

    void receive() {
        try {
            long k = 0;
            while (!failure.failed()) {
                if (inFlight.sent(k)) {
                    connection.receive((int) k);
                    latencies.record(inFlight.intendedNanos(k), inFlight.actualNanos(k), System.nanoTime());
                    inFlight.received(k);
                    k++;
                } else if (inFlight.finished(k)) {
                    return;
                } else {
                    // The sender keeps its schedule or finishes, so this wait is short; the
                    // deadline is for a sender that hangs in a write (the watchdog ends that).
                    inFlight.awaitSend(k, deadlineNanos);
                }
            }
        } catch (IOException | RuntimeException e) {
            failure.set(e);
        }
    }

    /** After {@link #receive()}: waits for the sender to finish, at most the deadline (a write blocked that long fails). */
    void awaitSender() {
        inFlight.awaitSenderDone(deadlineNanos);
    }

    long windowFullEvents() {
        return windowFullEvents;
    }

    long lastSendNanos() {
        return lastSendNanos;
    }

    long unsentMeasured() {
        return unsentMeasured;
    }

    long outstanding() {
        return inFlight.sentCount() - inFlight.receivedCount();
    }
}
