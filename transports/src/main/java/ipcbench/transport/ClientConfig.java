package ipcbench.transport;

import ipcbench.transport.wire.Frame;
import java.time.Duration;

/**
 * What a client connection is given.
 *
 * @param maxPayload the largest payload accepted in a response
 * @param deadline   the longest wait for any single read, write or connect before the run fails
 */
public record ClientConfig(int maxPayload, Duration deadline) {
    /** Overridable with {@code -Dipcbench.deadline.ms=...}. */
    public static final Duration DEFAULT_DEADLINE =
            Duration.ofMillis(Long.getLong("ipcbench.deadline.ms", 10_000));

    public static ClientConfig defaults() {
        return new ClientConfig(Frame.DEFAULT_MAX_PAYLOAD, DEFAULT_DEADLINE);
    }

    public ClientConfig withDeadline(Duration newDeadline) {
        return new ClientConfig(maxPayload, newDeadline);
    }
}
