package ipcbench.transport.protocol;

/**
 * What each request to one of our daemons carries, in the protocol's own body (a frame's payload,
 * an HTTP body, a protobuf bytes field, a JSON-RPC string): {@code requestLength} bytes up,
 * {@code responseLength} back, the echo of the request's bytes and then the shared pattern.
 */
public record Sizes(int requestLength, int responseLength) {
    public Sizes {
        if (requestLength < 0 || responseLength < 0) {
            throw new IllegalArgumentException("request and response lengths must not be negative, got "
                    + requestLength + " and " + responseLength);
        }
    }

    /** An echo: as many bytes back as went up. */
    public static Sizes echo(int length) {
        return new Sizes(length, length);
    }
}
