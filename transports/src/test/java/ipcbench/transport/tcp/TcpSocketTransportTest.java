package ipcbench.transport.tcp;

import ipcbench.transport.TransportContractTest;

class TcpSocketTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-socket";
    }
}
