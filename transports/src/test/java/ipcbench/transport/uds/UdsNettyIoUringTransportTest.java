package ipcbench.transport.uds;

import ipcbench.transport.TransportContractTest;

class UdsNettyIoUringTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-netty-iouring";
    }
}
