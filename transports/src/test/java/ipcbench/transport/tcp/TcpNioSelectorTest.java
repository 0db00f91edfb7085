package ipcbench.transport.tcp;

import ipcbench.transport.ServerModel;
import ipcbench.transport.TransportContractTest;

/** tcp-nio's daemon with server model selector: the same contract. */
class TcpNioSelectorTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-nio";
    }

    @Override
    protected ServerModel serverModel() {
        return ServerModel.SELECTOR;
    }
}
