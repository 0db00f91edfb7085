package ipcbench.transport.stream;

import ipcbench.transport.Endpoint;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Client-side failure messages that say what the user needs to act: which transport, what the
 * client was doing, whether it was a deadline, and what became of the daemon.
 */
public final class Failures {
    private Failures() {
    }

    /** A failed call; a timeout when the guard's deadline had passed. */
    public static IOException of(Endpoint endpoint, Watchdog.Guard guard, String doing, Exception cause) {
        if (guard.expired()) {
            return timeout(endpoint, guard.deadlineNanos(), doing, cause);
        }
        return failed(endpoint, doing, cause);
    }

    /** A failed call that was not a timeout. */
    public static IOException failed(Endpoint endpoint, String doing, Exception cause) {
        return new IOException(endpoint.transportId() + ": " + doing + " failed: " + cause + "; "
                + endpoint.peer().describe(), cause);
    }

    /** A call that blocked past its deadline. */
    public static IOException timeout(Endpoint endpoint, long deadlineNanos, String doing, Exception cause) {
        return new DeadlineExceededException(endpoint.transportId() + ": no progress for "
                + TimeUnit.NANOSECONDS.toMillis(deadlineNanos) + " ms while " + doing
                + " (deadline; set -Dipcbench.deadline.ms to change it); " + endpoint.peer().describe(), cause);
    }

    /** The daemon closed the connection when an answer was due. */
    public static IOException closed(Endpoint endpoint, Watchdog.Guard guard, String doing) {
        if (guard != null && guard.expired()) {
            return timeout(endpoint, guard.deadlineNanos(), doing, null);
        }
        return new IOException(endpoint.transportId() + ": the daemon closed the connection while " + doing
                + "; " + endpoint.peer().describe());
    }

    /** A call that blocked past its deadline. */
    public static final class DeadlineExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
