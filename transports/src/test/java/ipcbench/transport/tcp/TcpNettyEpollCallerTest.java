package ipcbench.transport.tcp;

import ipcbench.transport.ClientModel;
import ipcbench.transport.TransportContractTest;

/** tcp-netty-epoll with client model caller (the calling thread runs the connection's loop): the same contract. */
class TcpNettyEpollCallerTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-netty-epoll";
    }

    @Override
    protected ClientModel clientModel() {
        return ClientModel.CALLER;
    }
}
