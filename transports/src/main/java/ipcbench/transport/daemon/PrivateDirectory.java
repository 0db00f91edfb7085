package ipcbench.transport.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** The daemon's directory for socket files and FIFOs: made 0700 at creation, so there is no window. */
public final class PrivateDirectory {
    static final String PREFIX = "ipcbench-";

    private PrivateDirectory() {
    }

    /** A new directory under {@code java.io.tmpdir} (short, so socket paths fit in 108 bytes). */
    public static Path create() throws IOException {
        return Files.createTempDirectory(PREFIX,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** Removes the directory and whatever is left in it. */
    public static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
