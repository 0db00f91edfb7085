package ipcbench.transport.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedRingsTest {
    @TempDir
    Path dir;

    @Test
    void theRingFileIsTheOwnersAloneAndGoesWithTheDaemon() throws IOException {
        Path file = dir.resolve("rings.shm");
        SharedRings rings = SharedRings.create(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        SharedRings client = SharedRings.open(file);
        assertTrue(client.requests.maxMsgLength() >= 1 << 20, "a 1 MiB frame fits in few messages");
        rings.remove();
        assertFalse(Files.exists(file));
        client.remove(); // a client removes nothing
    }

    @Test
    void aFileThatIsNotARingPairIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("other"), "not rings");
        IOException e = assertThrows(IOException.class, () -> SharedRings.open(file));
        assertTrue(e.getMessage().contains("not an ipcbench daemon's"), e.getMessage());
        assertThrows(IOException.class, () -> SharedRings.create(file)); // never over an existing file
    }
}
