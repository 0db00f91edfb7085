package ipcbench.bench.jmh;

import ipcbench.transport.ClientConnection;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One client: each benchmark thread has its own connection to the trial's daemon, open for the
 * whole trial, and its own sequence numbers.
 */
@State(Scope.Thread)
public class ClientState {
    ClientConnection connection;
    int sequence;

    @Setup(Level.Trial)
    public void connect(DaemonState daemon) throws IOException {
        connection = daemon.connect();
    }

    /** One verified request/response on this client's connection. */
    void roundTrip(int payload, int responseLength) throws IOException {
        connection.roundTrip(sequence++, payload, responseLength);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        connection.close();
    }
}
