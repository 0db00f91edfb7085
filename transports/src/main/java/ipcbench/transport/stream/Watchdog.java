package ipcbench.transport.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Puts a deadline on blocking calls without a syscall or a clock read on the hot path. A
 * connection marks the start and end of each wait with one ordered store; a single background
 * thread notices a wait that has not moved for longer than the deadline and runs its expiry
 * action (close the connection, stop the daemon), which makes the blocked call return.
 */
public final class Watchdog {
    private static final long TICK_MILLIS = 50;
    private static final Watchdog INSTANCE = new Watchdog();

    private final CopyOnWriteArrayList<Guard> guards = new CopyOnWriteArrayList<>();

    private Watchdog() {
        Thread thread = new Thread(this::watch, "ipcbench-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching one connection; {@code onExpiry} runs once, on the watchdog thread. */
    public static Guard guard(long deadlineNanos, Runnable onExpiry) {
        Guard guard = new Guard(deadlineNanos, onExpiry);
        INSTANCE.guards.add(guard);
        return guard;
    }

    /** A guard nobody watches: for a reader whose owner puts no deadline on it. */
    public static Guard unwatched() {
        return new Guard(Long.MAX_VALUE, () -> { });
    }

    private void watch() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Guard guard : guards) {
                guard.check(now);
            }
        }
    }

    /** The deadline of one connection; only its owning thread calls {@link #enter()} and {@link #exit()}. */
    public static final class Guard implements AutoCloseable {
        private static final VarHandle PROGRESS;

        static {
            try {
                PROGRESS = MethodHandles.lookup().findVarHandle(Guard.class, "progress", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final long deadlineNanos;
        private final Runnable onExpiry;
        @SuppressWarnings("unused") // accessed through PROGRESS; odd while a call is blocked
        private long progress;
        private long lastSeen = -1;
        private long lastChange;
        private volatile boolean expired;

        private Guard(long deadlineNanos, Runnable onExpiry) {
            this.deadlineNanos = deadlineNanos;
            this.onExpiry = onExpiry;
        }

        public void enter() {
            PROGRESS.setRelease(this, (long) PROGRESS.get(this) + 1);
        }

        public void exit() {
            PROGRESS.setRelease(this, (long) PROGRESS.get(this) + 1);
        }

        /** Whether the deadline passed; the failure that follows is then a timeout. */
        public boolean expired() {
            return expired;
        }

        public long deadlineNanos() {
            return deadlineNanos;
        }

        private void check(long now) {
            long seen = (long) PROGRESS.getAcquire(this);
            if (seen != lastSeen) {
                lastSeen = seen;
                lastChange = now;
            } else if ((seen & 1) == 1 && !expired && now - lastChange > deadlineNanos) {
                expired = true;
                try {
                    onExpiry.run();
                } catch (RuntimeException e) {
                    // the expiry action is best effort; the waiting thread reports the timeout
                }
            }
        }

        @Override
        public void close() {
            INSTANCE.guards.remove(this);
        }
    }
}
