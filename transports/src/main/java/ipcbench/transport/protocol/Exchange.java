package ipcbench.transport.protocol;

import java.io.Closeable;
import java.io.IOException;

/** One client's requests: each {@link #roundTrip} is a request and its checked answer, within the deadline. */
public interface Exchange extends Closeable {

    /** One request and its verified answer; {@code sequence} tells requests apart where the protocol can carry it. */
    void roundTrip(int sequence) throws IOException;
}
