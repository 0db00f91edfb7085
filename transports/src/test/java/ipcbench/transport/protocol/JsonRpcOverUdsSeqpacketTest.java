package ipcbench.transport.protocol;

class JsonRpcOverUdsSeqpacketTest extends ProtocolContractTest {
    @Override
    protected String protocolId() {
        return "jsonrpc";
    }

    @Override
    protected String transportId() {
        return "uds-seqpacket";
    }
}
