package ipcbench.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only daemon slowdowns, checked before each response: every {@code everyNanos} the whole
 * daemon stops answering for {@code pauseNanos}, as a GC pause would (to show coordinated
 * omission); and a busy-wait of {@code delayNanos} before every response (a known slowdown for
 * the CI gate's study, {@code ipcbench.transport.daemon.InjectedDelay}). Spinning, not sleeping:
 * a sleep lasts at least the timer's slack, about 50 us here, ten times the round trip.
 */
public final class StallInjector {
    public static final StallInjector NONE = new StallInjector(0, 0, 0);

    private final long everyNanos;
    private final long pauseNanos;
    private final long delayNanos;
    /** Checked first: without a slowdown the hot path reads one final field. */
    private final boolean active;
    private final AtomicLong nextStallAt;
    private volatile long pausedUntil;

    public StallInjector(long everyNanos, long pauseNanos) {
        this(everyNanos, pauseNanos, 0);
    }

    private StallInjector(long everyNanos, long pauseNanos, long delayNanos) {
        this.everyNanos = everyNanos;
        this.pauseNanos = pauseNanos;
        this.delayNanos = delayNanos;
        this.active = everyNanos > 0 || delayNanos > 0;
        this.nextStallAt = new AtomicLong(System.nanoTime() + everyNanos);
    }

    public static StallInjector everyMillis(long everyMillis, long pauseMillis) {
        if (everyMillis <= 0 || pauseMillis <= 0) {
            return NONE;
        }
        return new StallInjector(TimeUnit.MILLISECONDS.toNanos(everyMillis), TimeUnit.MILLISECONDS.toNanos(pauseMillis));
    }

    /** This with a busy-wait of {@code nanos} before each response (0: none). */
    public StallInjector withDelay(long nanos) {
        return nanos == delayNanos ? this : new StallInjector(everyNanos, pauseNanos, Math.max(0, nanos));
    }

    /** The busy-wait before each response, 0 when none. */
    public long delayNanos() {
        return delayNanos;
    }

    /** Called before each response; pauses while a stall is in progress, spins for the delay. */
    public void beforeResponse() {
        if (!active) {
            return;
        }
        if (delayNanos > 0) {
            long until = System.nanoTime() + delayNanos;
            while (System.nanoTime() - until < 0) {
                Thread.onSpinWait();
            }
        }
        if (everyNanos > 0) {
            stall();
        }
    }

    private void stall() {
        long now = System.nanoTime();
        long next = nextStallAt.get();
        if (now >= next && nextStallAt.compareAndSet(next, now + everyNanos)) {
            pausedUntil = now + pauseNanos;
        }
        long remaining = pausedUntil - now;
        if (remaining > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
