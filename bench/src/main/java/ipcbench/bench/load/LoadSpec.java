package ipcbench.bench.load;

import java.time.Duration;

/**
 * One fixed-rate run: {@code rate} requests per second in total, spread evenly over
 * {@code connections}, each connection pacing its own share.
 *
 * @param rate            target requests per second, all connections together
 * @param connections     client connections, each with a sender and a receiver thread
 * @param requestLength   request payload bytes
 * @param responseLength  response payload bytes
 * @param warmup          scheduled but not measured
 * @param duration        the measured window
 * @param spinNanos       the sender parks until this close to a send time, then spins (0: never spins)
 * @param window          requests one connection may have outstanding (a power of two)
 */
public record LoadSpec(long rate, int connections, int requestLength, int responseLength, Duration warmup,
                       Duration duration, long spinNanos, int window) {

    /** Achieved rates more than this fraction below the target are a shortfall. */
    public static final double RATE_TOLERANCE = 0.02;

    public LoadSpec {
        if (rate <= 0 || connections <= 0 || requestLength < 0 || spinNanos < 0) {
            throw new IllegalArgumentException("rate and connections must be positive, lengths and spin not negative");
        }
        if (window <= 0 || Integer.bitCount(window) != 1) {
            throw new IllegalArgumentException("window must be a power of two, got " + window);
        }
        if (duration.isZero() || duration.isNegative() || warmup.isNegative()) {
            throw new IllegalArgumentException("duration must be positive, warm-up not negative");
        }
    }

    public LoadSpec withRate(long newRate) {
        return new LoadSpec(newRate, connections, requestLength, responseLength, warmup, duration, spinNanos, window);
    }

    /**
     * When request {@code k} of connection {@code c} is due. Connections interleave: the global
     * index {@code k * connections + c} runs at the full rate, so the total stream is evenly spaced.
     */
    long intendedNanos(long start, int c, long k) {
        return start + (k * connections + c) * 1_000_000_000L / rate;
    }

    /** The lowest achieved rate that still counts as sustained. */
    double minimumRate() {
        return rate * (1 - RATE_TOLERANCE);
    }

    /** For file names: {@code rate=20000_conn=4_payload=256}. */
    String label() {
        return "rate=" + rate + "_conn=" + connections + "_payload=" + requestLength
                + (responseLength == requestLength ? "" : "_response=" + responseLength);
    }
}
