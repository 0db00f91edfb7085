package ipcbench.transport.pipe;

import ipcbench.transport.TransportContractTest;

class FifoTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "pipe-fifo";
    }
}
