package ipcbench.transport.pipe;

import ipcbench.transport.TransportContractTest;

class StdioPipeTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "pipe-stdio";
    }
}
