package ipcbench.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketBacklogTest {

    @Test
    void theKernelsLimitIsReadAndAnUnreadableOneFallsBack(@TempDir Path dir) throws IOException {
        assertEquals(1024, SocketBacklog.read(Files.writeString(dir.resolve("somaxconn"), "1024\n")));
        assertEquals(SocketBacklog.FALLBACK, SocketBacklog.read(Files.writeString(dir.resolve("garbage"), "many")));
        assertEquals(SocketBacklog.FALLBACK, SocketBacklog.read(dir.resolve("missing")));
    }

    @Test
    void thisMachinesLimitIsWhatProcSays() throws IOException {
        Path proc = Path.of("/proc/sys/net/core/somaxconn");
        if (Files.isReadable(proc)) {
            assertEquals(Integer.parseInt(Files.readAllLines(proc).get(0).trim()), SocketBacklog.somaxconn());
            assertTrue(SocketBacklog.somaxconn() >= 128, "somaxconn " + SocketBacklog.somaxconn());
        }
    }
}
