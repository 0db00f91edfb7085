package ipcbench.transport.netty;

/** {@link CallerLoopTest} over io_uring. */
class IoUringCallerLoopTest extends CallerLoopTest {
    @Override
    protected String transportId() {
        return "uds-netty-iouring";
    }

    /**
     * Netty 4.2's io_uring makes an {@code IoUringIoOps} (72 B) per submission -- the send, the
     * receive, a poll when a read found the socket empty -- and a completion callback (16 B) per
     * run of its loop; they do not all escape (23-72 B a round trip measured here). At most three
     * submissions and two runs a round trip.
     */
    @Override
    protected double mechanismBytesPerRoundTrip() {
        return 3 * 72 + 2 * 16;
    }
}
