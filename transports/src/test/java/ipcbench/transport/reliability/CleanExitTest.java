package ipcbench.transport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipcbench.transport.daemon.ProcInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties): the suite left no daemon
 * process and no private directory behind. "Ours" is what this JVM started or what appeared
 * after it started with no live daemon using it; another run's live daemons are left alone.
 */
@Order(Integer.MAX_VALUE)
class CleanExitTest {
    private static final String DAEMON_MAIN = "ipcbench.transport.daemon.DaemonMain";

    @Test
    void noDaemonOfOursIsStillRunning() {
        long self = ProcessHandle.current().pid();
        List<String> left = daemons()
                .filter(p -> parentPid(p).map(parent -> parent == self || ProcessHandle.of(parent).isEmpty()).orElse(false))
                .map(p -> p.pid() + " " + String.join(" ", ProcInfo.commandLine(p.pid())))
                .toList();
        assertEquals(List.of(), left, "daemons of this JVM, or orphans, still running");
    }

    @Test
    void noPrivateDirectoryOfOursIsLeft() throws IOException {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        List<String> inUse = daemons().map(p -> String.join(" ", ProcInfo.commandLine(p.pid()))).toList();
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> left = tmp.filter(path -> path.getFileName().toString().startsWith("ipcbench-"))
                    .filter(path -> modifiedSince(path, started))
                    .filter(path -> inUse.stream().noneMatch(command -> command.contains(path.toString())))
                    .toList();
            assertEquals(List.of(), left, "private directories left behind");
        }
    }

    private static Stream<ProcessHandle> daemons() {
        // ProcInfo: ProcessHandle.Info has no command line for a JVM with our (long) class path
        return ProcessHandle.allProcesses().filter(p -> ProcInfo.commandLine(p.pid()).contains(DAEMON_MAIN));
    }

    /** The {@code --parent-pid} a daemon watches. */
    private static Optional<Long> parentPid(ProcessHandle daemon) {
        List<String> args = ProcInfo.commandLine(daemon.pid());
        int at = args.indexOf("--parent-pid");
        return at < 0 || at + 1 >= args.size() ? Optional.empty() : Optional.of(Long.parseLong(args.get(at + 1)));
    }

    private static boolean modifiedSince(Path path, Instant since) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isAfter(since);
        } catch (IOException gone) {
            return false;
        }
    }
}
