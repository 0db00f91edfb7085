package ipcbench.transport.tcp;

import ipcbench.transport.ServerModel;
import ipcbench.transport.TransportContractTest;

/** tcp-socket's daemon with server model virtual: the same contract. */
class TcpSocketVirtualTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-socket";
    }

    @Override
    protected ServerModel serverModel() {
        return ServerModel.VIRTUAL;
    }
}
