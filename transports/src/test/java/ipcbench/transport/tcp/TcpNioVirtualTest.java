package ipcbench.transport.tcp;

import ipcbench.transport.ServerModel;
import ipcbench.transport.TransportContractTest;

/** tcp-nio's daemon with server model virtual: the same contract. */
class TcpNioVirtualTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-nio";
    }

    @Override
    protected ServerModel serverModel() {
        return ServerModel.VIRTUAL;
    }
}
