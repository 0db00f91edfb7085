package ipcbench.transport.protocol;

/**
 * What each request is, in the protocol's own words (JMH parameters {@code request}, {@code payload},
 * {@code expect}); {@link Protocol#resolve} fills in {@link #DEFAULT}s.
 *
 * @param request what is asked: {@code PING}, {@code GET}, {@code SET} (resp); {@code GET /_ping} (http1); {@code echo} (raw)
 * @param payload bytes of value (resp), of request body (http1), of frame payload (raw)
 * @param expect  what a good answer is beyond the protocol's own checks: {@code status=200 bytes=1024} (http1)
 */
public record ProtocolRequest(String request, int payload, String expect) {
    /** The protocol's default, in any field that is a string. */
    public static final String DEFAULT = "-";

    public ProtocolRequest {
        if (payload < 0) {
            throw new IllegalArgumentException("payload must not be negative, got " + payload);
        }
    }

    public ProtocolRequest with(String newRequest, String newExpect) {
        return new ProtocolRequest(newRequest, payload, newExpect);
    }
}
