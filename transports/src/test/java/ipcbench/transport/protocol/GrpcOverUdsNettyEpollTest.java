package ipcbench.transport.protocol;

class GrpcOverUdsNettyEpollTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "grpc";
    }

    @Override
    protected String transportId() {
        return "uds-netty-epoll";
    }
}
