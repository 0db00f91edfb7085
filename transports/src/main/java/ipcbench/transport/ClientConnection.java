package ipcbench.transport;

import java.io.Closeable;
import java.io.IOException;

/**
 * The client's end of one connection to the daemon, at the level of frames. Responses arrive
 * in request order; {@link #receive} verifies each one (length, sequence number, payload) and
 * throws when it is wrong, so a broken transport fails instead of looking fast.
 */
public interface ClientConnection extends Closeable {

    /**
     * Sends one request; {@code responseLength} may be {@link ipcbench.transport.wire.Frame#NO_RESPONSE}.
     * One thread may send while another receives; neither method is for concurrent callers.
     */
    void send(int sequence, int requestLength, int responseLength) throws IOException;

    /** Reads the response to request {@code sequence} and verifies it. */
    void receive(int sequence, int requestLength, int responseLength) throws IOException;

    /** One request and its verified response: what a round-trip benchmark measures. */
    default void roundTrip(int sequence, int requestLength, int responseLength) throws IOException {
        send(sequence, requestLength, responseLength);
        receive(sequence, requestLength, responseLength);
    }
}
