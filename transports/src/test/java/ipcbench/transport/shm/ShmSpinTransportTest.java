package ipcbench.transport.shm;

import ipcbench.transport.TransportContractTest;

class ShmSpinTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "shm-spin";
    }
}
