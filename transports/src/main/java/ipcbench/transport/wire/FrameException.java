package ipcbench.transport.wire;

import java.io.IOException;

/** The peer sent something that is not a valid frame; the connection cannot go on. */
public class FrameException extends IOException {
    private static final long serialVersionUID = 1L;

    public FrameException(String message) {
        super(message);
    }
}
