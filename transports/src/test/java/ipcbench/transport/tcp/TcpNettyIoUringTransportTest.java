package ipcbench.transport.tcp;

import ipcbench.transport.TransportContractTest;

class TcpNettyIoUringTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-netty-iouring";
    }
}
