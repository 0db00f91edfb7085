package ipcbench.transport.uds;

import ipcbench.transport.TransportContractTest;

class UdsJunixsocketTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-junixsocket";
    }
}
