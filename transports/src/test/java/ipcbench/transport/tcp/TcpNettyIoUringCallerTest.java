package ipcbench.transport.tcp;

import ipcbench.transport.ClientModel;
import ipcbench.transport.TransportContractTest;

/** tcp-netty-iouring with client model caller (the calling thread runs the connection's loop): the same contract. */
class TcpNettyIoUringCallerTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "tcp-netty-iouring";
    }

    @Override
    protected ClientModel clientModel() {
        return ClientModel.CALLER;
    }
}
