package ipcbench.transport.protocol;

class JsonRpcOverTcpNioTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "jsonrpc";
    }

    @Override
    protected String transportId() {
        return "tcp-nio";
    }
}
