package ipcbench.bench.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Where every receiver thread records: nanoseconds, 3 significant digits (finer than the
 * microsecond the reports show). A request belongs to the warm-up or to the measured window by
 * its intended send time; warm-up goes to recorders of its own that are never read, so warm-up
 * and measurement run the very same code.
 */
final class Latencies {
    /** Values above this are recorded as this; far beyond any deadline. */
    static final long HIGHEST_NANOS = TimeUnit.HOURS.toNanos(1);
    static final int DIGITS = 3;

    private final long measureFromNanos;
    private final Phase measured = new Phase();
    private final Phase warmup = new Phase();

    Latencies(long measureFromNanos) {
        this.measureFromNanos = measureFromNanos;
    }

    /** One verified response, received at {@code nowNanos}. */
    void record(long intendedNanos, long actualNanos, long nowNanos) {
        (intendedNanos >= measureFromNanos ? measured : warmup).record(intendedNanos, actualNanos, nowNanos);
    }

    Phase measured() {
        return measured;
    }

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_NANOS, DIGITS);
    }

    /** Corrected (from the intended send time), uncorrected (from the actual one) and their difference. */
    static final class Phase {
        final Recorder corrected = new Recorder(HIGHEST_NANOS, DIGITS);
        final Recorder uncorrected = new Recorder(HIGHEST_NANOS, DIGITS);
        final Recorder sendLag = new Recorder(HIGHEST_NANOS, DIGITS);

        private void record(long intendedNanos, long actualNanos, long nowNanos) {
            corrected.recordValue(Math.min(nowNanos - intendedNanos, HIGHEST_NANOS));
            uncorrected.recordValue(Math.min(nowNanos - actualNanos, HIGHEST_NANOS));
            sendLag.recordValue(Math.min(actualNanos - intendedNanos, HIGHEST_NANOS));
        }
    }
}
