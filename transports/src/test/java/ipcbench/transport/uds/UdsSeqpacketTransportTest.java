package ipcbench.transport.uds;

import ipcbench.transport.TransportContractTest;

class UdsSeqpacketTransportTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-seqpacket";
    }
}
