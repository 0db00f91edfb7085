package ipcbench.transport.uds;

import ipcbench.transport.TransportContractTest;

class UdsNettyEpollTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-netty-epoll";
    }
}
