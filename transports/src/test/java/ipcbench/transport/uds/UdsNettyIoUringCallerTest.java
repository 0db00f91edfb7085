package ipcbench.transport.uds;

import ipcbench.transport.ClientModel;
import ipcbench.transport.TransportContractTest;

/** uds-netty-iouring with client model caller (the calling thread runs the connection's loop): the same contract. */
class UdsNettyIoUringCallerTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-netty-iouring";
    }

    @Override
    protected ClientModel clientModel() {
        return ClientModel.CALLER;
    }
}
