package ipcbench.transport;

import java.io.IOException;

/**
 * One incoming connection was refused (a peer not allowed) or failed while being set up; it is
 * closed, and the daemon goes on serving its other clients.
 */
public class RejectedConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    public RejectedConnectionException(String message) {
        super(message);
    }
}
