package ipcbench.transport;

/**
 * The daemon's log: one line per event that is not traffic (rejected input, closed connection).
 * Never called per request.
 */
@FunctionalInterface
public interface DaemonLog {
    void log(String line);

    /** Lines on standard error prefixed with the transport, which stays free when stdout is the pipe. */
    static DaemonLog stderr(String transportId) {
        String prefix = "ipcbench-daemon[" + transportId + "]: ";
        return line -> System.err.println(prefix + line);
    }
}
