package ipcbench.transport.uds;

import ipcbench.transport.ServerModel;
import ipcbench.transport.TransportContractTest;

/** uds-jdk's daemon with server model selector: the same contract. */
class UdsJdkSelectorTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-jdk";
    }

    @Override
    protected ServerModel serverModel() {
        return ServerModel.SELECTOR;
    }
}
