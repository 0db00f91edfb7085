package ipcbench.bench.jmh;

import ipcbench.transport.ClientConnection;
import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One client: each benchmark thread has its own connection to the trial's daemon, open for the
 * whole trial, and its own sequence numbers. Against a daemon of our frame, the transport's
 * connection itself; in another protocol, a client of the trial's session (its sizes are the
 * trial's, {@link DaemonState#sizes}).
 */
@State(Scope.Thread)
public class ClientState {
    /** Our frame's connection; null in another protocol. */
    ClientConnection connection;
    /** The protocol's client; null for our frame. */
    Exchange exchange;
    int sequence;

    @Setup(Level.Trial)
    public void connect(DaemonState daemon) throws IOException {
        if (daemon.raw()) {
            connection = daemon.connect();
        } else {
            exchange = daemon.exchange();
        }
    }

    /** One verified request/response on this client's connection (in a protocol, of the trial's sizes). */
    void roundTrip(int payload, int responseLength) throws IOException {
        if (connection != null) {
            connection.roundTrip(sequence++, payload, responseLength);
        } else {
            exchange.roundTrip(sequence++);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (connection != null) {
            connection.close();
        } else {
            exchange.close();
        }
    }
}
