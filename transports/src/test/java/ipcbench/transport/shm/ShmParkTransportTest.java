package ipcbench.transport.shm;

import ipcbench.transport.TransportContractTest;

class ShmParkTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "shm-park";
    }
}
