package ipcbench.transport.netty;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands decoded responses from the event loop to the one thread that owns the connection:
 * a bounded single-producer single-consumer ring, parking the consumer while it is empty.
 * No lock and no allocation per message.
 */
final class Handoff {
    private static final int CAPACITY = 1 << 14;
    private static final int MASK = CAPACITY - 1;

    private final AtomicReferenceArray<Object> slots = new AtomicReferenceArray<>(CAPACITY);
    private final AtomicLong tail = new AtomicLong(); // written by the producer only
    private long head; // the consumer's own
    private volatile long headPublished; // head, for the producer's capacity check
    private volatile Thread waiting;

    /** Producer side; false when the consumer is too far behind (more than the ring holds). */
    boolean offer(Object message) {
        long t = tail.get();
        if (t - head() >= CAPACITY) {
            return false;
        }
        slots.lazySet((int) (t & MASK), message);
        tail.lazySet(t + 1);
        Thread consumer = waiting;
        if (consumer != null) {
            LockSupport.unpark(consumer);
        }
        return true;
    }

    /** Consumer side: the next message, or null when none came within {@code timeoutNanos}. */
    Object poll(long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            if (head < tail.get()) {
                int index = (int) (head & MASK);
                Object message = slots.get(index);
                slots.lazySet(index, null);
                headPublished = ++head;
                return message;
            }
            waiting = Thread.currentThread();
            if (head < tail.get()) {
                waiting = null;
                continue;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                waiting = null;
                return null;
            }
            LockSupport.parkNanos(this, remaining);
            waiting = null;
        }
    }

    private long head() {
        return headPublished;
    }
}
