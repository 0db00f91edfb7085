package ipcbench.bench.cli;

/**
 * Bad usage found before anything ran: the command line prints the message as one line and
 * exits 2, leaving no run directory behind.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
