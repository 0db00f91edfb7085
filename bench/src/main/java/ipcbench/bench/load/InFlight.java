package ipcbench.bench.load;

import java.util.concurrent.locks.LockSupport;

/**
 * The requests one connection has sent and not yet seen answered: a preallocated ring of
 * intended and actual send times indexed by sequence number, written by the sender and read by
 * the receiver. Its size bounds the outstanding window; the sender never overwrites a slot whose
 * response has not arrived. No locks: one ordered store per request and side.
 */
final class InFlight {
    private final long[] intended;
    private final long[] actual;
    private final int mask;
    private volatile long sent;
    private volatile long received;
    private volatile boolean senderDone;
    private volatile Thread receiverWaiting;

    InFlight(int window) {
        intended = new long[window];
        actual = new long[window];
        mask = window - 1;
    }

    // ---- sender side

    boolean full(long k) {
        return k - received >= intended.length;
    }

    /** Publishes request {@code k} after it was written, waking the receiver if it waits for one. */
    void sent(long k, long intendedNanos, long actualNanos) {
        int slot = (int) (k & mask);
        intended[slot] = intendedNanos;
        actual[slot] = actualNanos;
        sent = k + 1;
        wakeReceiver();
    }

    void senderDone() {
        senderDone = true;
        wakeReceiver();
    }

    private void wakeReceiver() {
        Thread waiting = receiverWaiting;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    // ---- receiver side

    /** Whether request {@code k} was sent, so its response may be read. */
    boolean sent(long k) {
        return k < sent;
    }

    /** True when the sender finished and every request up to {@code k} is answered. */
    boolean finished(long k) {
        return senderDone && k >= sent;
    }

    /** Parks until the sender publishes beyond {@code k} or finishes, at most {@code nanos}. */
    void awaitSend(long k, long nanos) {
        receiverWaiting = Thread.currentThread();
        if (!sent(k) && !senderDone) { // re-checked after announcing, so a wake-up cannot be lost
            LockSupport.parkNanos(this, nanos);
        }
        receiverWaiting = null;
    }

    /** Parks until the sender has finished, at most {@code nanos}. */
    void awaitSenderDone(long nanos) {
        long deadline = System.nanoTime() + nanos;
        receiverWaiting = Thread.currentThread();
        for (long left = nanos; !senderDone && left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
        receiverWaiting = null;
    }

    long intendedNanos(long k) {
        return intended[(int) (k & mask)];
    }

    long actualNanos(long k) {
        return actual[(int) (k & mask)];
    }

    void received(long k) {
        received = k + 1;
    }

    long sentCount() {
        return sent;
    }

    long receivedCount() {
        return received;
    }
}
