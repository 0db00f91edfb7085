package ipcbench.transport.uds;

import ipcbench.transport.ServerModel;
import ipcbench.transport.TransportContractTest;

/** uds-jdk's daemon with server model virtual: the same contract. */
class UdsJdkVirtualTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-jdk";
    }

    @Override
    protected ServerModel serverModel() {
        return ServerModel.VIRTUAL;
    }
}
