package ipcbench.transport.protocol;

class JsonRpcOverUdsJunixsocketTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "jsonrpc";
    }

    @Override
    protected String transportId() {
        return "uds-junixsocket";
    }
}
