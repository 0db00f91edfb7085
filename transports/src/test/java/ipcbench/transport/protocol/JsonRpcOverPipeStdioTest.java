package ipcbench.transport.protocol;

class JsonRpcOverPipeStdioTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "jsonrpc";
    }

    @Override
    protected String transportId() {
        return "pipe-stdio";
    }
}
