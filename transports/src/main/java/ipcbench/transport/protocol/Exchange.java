package ipcbench.transport.protocol;

import java.io.Closeable;
import java.io.IOException;

/**
 * One client's requests, each answered and checked within the deadline: in a closed loop
 * ({@link #roundTrip}, JMH), or sent on a schedule by one thread while another takes the answers in
 * order (the load generator), as many outstanding as {@link #maxOutstanding} allows.
 */
public interface Exchange extends Closeable {

    /** Sends request {@code sequence}; {@code sequence} tells requests apart where the protocol can carry it. */
    void send(int sequence) throws IOException;

    /** Waits for the answer to request {@code sequence}, the oldest unanswered one, and verifies it. */
    void receive(int sequence) throws IOException;

    /**
     * How many requests may be sent before the first of them is received: 1 for a client that
     * must read each answer before it writes again (Jedis's streams are not for two threads,
     * HTTP/1.1 here does not pipeline); more for our frame, whose reader and writer are separate.
     */
    default int maxOutstanding() {
        return 1;
    }

    /** One request and its verified answer: what a round-trip benchmark measures. */
    default void roundTrip(int sequence) throws IOException {
        send(sequence);
        receive(sequence);
    }
}
