package ipcbench.transport.pipe;

import ipcbench.transport.daemon.ShortCommand;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** Named pipes: Java cannot make one, so {@code mkfifo} does. */
final class Fifos {
    private Fifos() {
    }

    /** Creates a FIFO readable and writable by its owner only. */
    static void create(Path path) throws IOException {
        Files.deleteIfExists(path);
        try {
            ShortCommand.of(Duration.ofSeconds(10), "mkfifo", "-m", "0600", path.toString()).run().successfulOutput();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + path, e);
        }
    }

    /**
     * Opening a FIFO for reading and writing never blocks on Linux and counts as both ends, so it
     * releases a thread blocked opening either end.
     */
    static void unblockOpeners(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (FileChannel both = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // opened and closed: that is all it takes
        } catch (IOException e) {
            // nobody to release
        }
    }
}
