package ipcbench.transport.protocol;

class Http1OverUdsJdkTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "http1";
    }

    @Override
    protected String transportId() {
        return "uds-jdk";
    }
}
