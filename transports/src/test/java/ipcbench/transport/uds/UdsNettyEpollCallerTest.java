package ipcbench.transport.uds;

import ipcbench.transport.ClientModel;
import ipcbench.transport.TransportContractTest;

/** uds-netty-epoll with client model caller (the calling thread runs the connection's loop): the same contract. */
class UdsNettyEpollCallerTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-netty-epoll";
    }

    @Override
    protected ClientModel clientModel() {
        return ClientModel.CALLER;
    }
}
