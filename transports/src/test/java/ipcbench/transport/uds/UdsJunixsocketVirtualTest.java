package ipcbench.transport.uds;

import ipcbench.transport.ServerModel;
import ipcbench.transport.TransportContractTest;

/** uds-junixsocket's daemon with server model virtual: the same contract. */
class UdsJunixsocketVirtualTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-junixsocket";
    }

    @Override
    protected ServerModel serverModel() {
        return ServerModel.VIRTUAL;
    }
}
