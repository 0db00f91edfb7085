package ipcbench.transport.tcp;

import ipcbench.transport.TransportContractTest;

class TcpNettyEpollTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-netty-epoll";
    }
}
