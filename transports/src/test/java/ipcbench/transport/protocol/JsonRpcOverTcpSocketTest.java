package ipcbench.transport.protocol;

class JsonRpcOverTcpSocketTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "jsonrpc";
    }

    @Override
    protected String transportId() {
        return "tcp-socket";
    }
}
