package ipcbench.transport.protocol;

class Http1OverTcpNioTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "http1";
    }

    @Override
    protected String transportId() {
        return "tcp-nio";
    }
}
