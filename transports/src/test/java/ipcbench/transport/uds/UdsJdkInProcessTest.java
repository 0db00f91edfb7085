package ipcbench.transport.uds;

import ipcbench.transport.TransportContractTest;
import ipcbench.transport.daemon.Daemon;

/** The in-process comparison point passes the same contract. */
class UdsJdkInProcessTest extends TransportContractTest {
    @Override
    protected String transportId() {
        return "uds-jdk";
    }

    @Override
    protected Daemon.Mode mode() {
        return Daemon.Mode.IN_PROCESS;
    }
}
