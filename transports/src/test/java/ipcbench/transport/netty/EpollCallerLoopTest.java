package ipcbench.transport.netty;

/** {@link CallerLoopTest} over epoll. */
class EpollCallerLoopTest extends CallerLoopTest {
    @Override
    protected String transportId() {
        return "uds-netty-epoll";
    }
}
