package ipcbench.bench.load;

/**
 * A run's instants on the {@link System#nanoTime()} clock: scheduling starts at {@code start},
 * requests intended from {@code measureFrom} on are measured, none is intended at or after
 * {@code end}, and a sender still behind schedule at {@code giveUp} stops sending.
 */
record Timeline(long start, long measureFrom, long end, long giveUp) {

    /** Grace after the window for a sender that fell behind; beyond it, the rest is left unsent. */
    static final long GRACE_NANOS = 1_000_000_000L;

    static Timeline of(LoadSpec spec, long start) {
        long measureFrom = start + spec.warmup().toNanos();
        long end = measureFrom + spec.duration().toNanos();
        return new Timeline(start, measureFrom, end, end + GRACE_NANOS);
    }
}
