package ipcbench.bench.jmh;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One client of the trial's external daemon: each benchmark thread has its own, and its own sequence numbers. */
@State(Scope.Thread)
public class TargetClient {
    private Exchange exchange;
    private int sequence;

    @Setup(Level.Trial)
    public void connect(TargetState target) throws IOException {
        exchange = target.connect();
    }

    /** One request and its verified answer. */
    void roundTrip() throws IOException {
        exchange.roundTrip(sequence++);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        exchange.close();
    }
}
