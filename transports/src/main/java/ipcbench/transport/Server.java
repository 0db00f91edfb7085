package ipcbench.transport;

import java.io.Closeable;
import java.io.IOException;

/** The daemon side of a transport: bound and ready once constructed. */
public interface Server extends Closeable {

    /** What the daemon announces in its ready line, for {@link Transport#connect}. */
    String address();

    /** Serves clients until {@link #close()} (or, for a single stream, until it ends). */
    void serve() throws IOException;

    /** How this server handles connections, reported with the results. */
    String model();
}
