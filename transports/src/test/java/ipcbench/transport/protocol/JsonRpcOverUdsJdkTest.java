package ipcbench.transport.protocol;

class JsonRpcOverUdsJdkTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "jsonrpc";
    }

    @Override
    protected String transportId() {
        return "uds-jdk";
    }
}
