package ipcbench.transport;

import ipcbench.transport.wire.Frame;
import java.time.Duration;

/**
 * What a client connection is given.
 *
 * @param maxPayload the largest payload accepted in a response
 * @param deadline   the longest wait for any single read, write or connect before the run fails
 * @param model      how the connection waits for responses (one the transport offers)
 */
public record ClientConfig(int maxPayload, Duration deadline, ClientModel model) {
    /** Overridable with {@code -Dipcbench.deadline.ms=...}. */
    public static final Duration DEFAULT_DEADLINE =
            Duration.ofMillis(Long.getLong("ipcbench.deadline.ms", 10_000));

    public static ClientConfig defaults() {
        return new ClientConfig(Frame.DEFAULT_MAX_PAYLOAD, DEFAULT_DEADLINE, ClientModel.DEFAULT);
    }

    public ClientConfig withDeadline(Duration newDeadline) {
        return new ClientConfig(maxPayload, newDeadline, model);
    }

    public ClientConfig withModel(ClientModel newModel) {
        return new ClientConfig(maxPayload, deadline, newModel);
    }
}
