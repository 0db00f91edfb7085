package ipcbench.transport.protocol;

class GrpcOverTcpNettyEpollTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "grpc";
    }

    @Override
    protected String transportId() {
        return "tcp-netty-epoll";
    }
}
