package ipcbench.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only daemon pauses: every {@code everyNanos} the whole daemon stops answering for
 * {@code pauseNanos}, as a GC pause would. Used to show coordinated omission.
 */
public final class StallInjector {
    public static final StallInjector NONE = new StallInjector(0, 0);

    private final long everyNanos;
    private final long pauseNanos;
    private final AtomicLong nextStallAt;
    private volatile long pausedUntil;

    public StallInjector(long everyNanos, long pauseNanos) {
        this.everyNanos = everyNanos;
        this.pauseNanos = pauseNanos;
        this.nextStallAt = new AtomicLong(System.nanoTime() + everyNanos);
    }

    public static StallInjector everyMillis(long everyMillis, long pauseMillis) {
        if (everyMillis <= 0 || pauseMillis <= 0) {
            return NONE;
        }
        return new StallInjector(TimeUnit.MILLISECONDS.toNanos(everyMillis), TimeUnit.MILLISECONDS.toNanos(pauseMillis));
    }

    public boolean enabled() {
        return everyNanos > 0;
    }

    /** Called before each response; pauses while a stall is in progress. */
    public void beforeResponse() {
        if (everyNanos == 0) {
            return;
        }
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
