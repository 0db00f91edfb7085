package ipcbench.transport.tcp;

import ipcbench.transport.TransportContractTest;

class TcpNioTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-nio";
    }
}
