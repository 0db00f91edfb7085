package ipcbench.bench.load;

import ipcbench.transport.protocol.Exchange;
import java.io.IOException;

/** Opens one of a run's connections, on the thread that is to receive on it. */
@FunctionalInterface
public interface Connector {
    Exchange open() throws IOException;
}
