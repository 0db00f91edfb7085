package ipcbench.transport.uds;

import ipcbench.transport.TransportContractTest;

class UdsJdkTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-jdk";
    }
}
