package ipcbench.transport.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A process's executable and whole command line, where ProcessHandle.Info gives nothing for a long one. */
class ProcInfoTest {

    @Test
    void readsAProcesssExecutableAndItsWholeCommandLine() throws Exception {
        String longArgument = "x".repeat(8192); // twice the page that ProcessHandle.Info reads
        // "; :" keeps the shell from exec'ing sleep: its own command line stays the one given
        Process sleeper = new ProcessBuilder("/bin/sh", "-c", "sleep 30; :", longArgument).start();
        try {
            // start() may return while the launcher still execs the program
            for (int i = 0; i < 100 && !ProcInfo.commandLine(sleeper.pid()).contains(longArgument); i++) {
                Thread.sleep(10);
            }
            assertEquals(Path.of("/bin/sh").toRealPath(), Path.of(ProcInfo.executable(sleeper.pid())));
            assertEquals(List.of("/bin/sh", "-c", "sleep 30; :", longArgument), ProcInfo.commandLine(sleeper.pid()));
        } finally {
            sleeper.descendants().forEach(ProcessHandle::destroy); // the shell's sleep
            sleeper.destroy();
            sleeper.waitFor();
        }
        assertEquals(List.of(), ProcInfo.commandLine(sleeper.pid()), "gone");
        assertEquals("unknown", ProcInfo.executable(sleeper.pid()));
    }
}
