package ipcbench.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ipcbench.bench.run.DaemonRecord;
import ipcbench.transport.ClientModel;
import ipcbench.transport.ServerModel;
import ipcbench.transport.daemon.DaemonOptions;
import ipcbench.transport.daemon.ProcInfo;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** The record a trial's daemon leaves in the run says which process, which java and which flags it was. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonStateTest {

    @Test
    void aDaemonInItsOwnProcessIsRecordedAsThatJvm() throws Throwable {
        whileRunning("uds-jdk", "process", record -> {
            assertNotEquals(ProcessHandle.current().pid(), record.pid());
            assertEquals(DaemonOptions.DEFAULT_JVM_ARGS, record.jvmArgs());
            // checked against the process itself: its executable, then the flags first on its command line
            List<String> command = ProcInfo.commandLine(record.pid());
            assertEquals(Path.of(ProcInfo.executable(record.pid())).toRealPath(), Path.of(record.java()).toRealPath());
            assertEquals(record.jvmArgs(), command.subList(1, 1 + record.jvmArgs().size()));
        });
    }

    @Test
    void anInProcessDaemonIsRecordedAsThisJvm() throws Throwable {
        whileRunning("uds-jdk", "in-process", record -> {
            assertEquals(ProcessHandle.current().pid(), record.pid());
            assertEquals(ManagementFactory.getRuntimeMXBean().getInputArguments(), record.jvmArgs());
        });
    }

    /** Starts a trial's daemon as JMH would (once its checks are done) and checks its record while it runs. */
    private static void whileRunning(String transport, String daemon, ThrowingConsumer<DaemonRecord> check)
            throws Throwable {
        DaemonState state = new DaemonState();
        state.transport = transport;
        state.daemon = daemon;
        state.server = ServerModel.DEFAULT.id(); // JMH sets every @Param, to its default when not given
        state.client = ClientModel.DEFAULT.id();
        state.startDaemon();
        try {
            DaemonRecord record = state.record();
            assertEquals(List.of(transport, daemon), List.of(record.transport(), record.mode()));
            assertFalse(record.model().isBlank());
            check.accept(record);
        } finally {
            state.stop();
        }
    }
}
